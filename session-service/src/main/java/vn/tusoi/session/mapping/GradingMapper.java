package vn.tusoi.session.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.session.SelfReview;
import vn.tusoi.session.UnitClassification;
import vn.tusoi.session.event.ClassificationChanged;
import vn.tusoi.session.event.SelfReviewChanged;
import vn.tusoi.session.rest.ClassificationView;
import vn.tusoi.session.rest.SelfReviewView;

@Mapper
public interface GradingMapper {

    @Mapping(target = "campaignCode", source = "campaign.code")
    @Mapping(target = "stage", source = "grading.stage")
    @Mapping(target = "selfGrade", source = "grading.selfGrade")
    @Mapping(target = "proposedGrade", source = "grading.proposedGrade")
    @Mapping(target = "decidedGrade", source = "grading.decidedGrade")
    SelfReviewView toView(SelfReview review);

    @Mapping(target = "campaignCode", source = "campaign.code")
    @Mapping(target = "stage", source = "grading.stage")
    @Mapping(target = "selfGrade", source = "grading.selfGrade")
    @Mapping(target = "proposedGrade", source = "grading.proposedGrade")
    @Mapping(target = "decidedGrade", source = "grading.decidedGrade")
    @Mapping(target = "manifestationsFound", expression = "java(review.manifestations.size())")
    SelfReviewChanged toEvent(SelfReview review);

    @Mapping(target = "unitCode", source = "key.unitCode")
    @Mapping(target = "year", source = "key.year")
    @Mapping(target = "stage", source = "grading.stage")
    @Mapping(target = "selfGrade", source = "grading.selfGrade")
    @Mapping(target = "proposedGrade", source = "grading.proposedGrade")
    @Mapping(target = "decidedGrade", source = "grading.decidedGrade")
    ClassificationView toView(UnitClassification classification);

    @Mapping(target = "unitCode", source = "key.unitCode")
    @Mapping(target = "year", source = "key.year")
    @Mapping(target = "stage", source = "grading.stage")
    @Mapping(target = "selfGrade", source = "grading.selfGrade")
    @Mapping(target = "proposedGrade", source = "grading.proposedGrade")
    @Mapping(target = "decidedGrade", source = "grading.decidedGrade")
    ClassificationChanged toEvent(UnitClassification classification);
}
