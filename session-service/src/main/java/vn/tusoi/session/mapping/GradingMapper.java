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
    @Mapping(target = ".", source = "grading")
    SelfReviewView toView(SelfReview review);

    @Mapping(target = "campaignCode", source = "campaign.code")
    @Mapping(target = ".", source = "grading")
    @Mapping(target = "manifestationsFound", expression = "java(review.manifestations.size())")
    SelfReviewChanged toEvent(SelfReview review);

    @Mapping(target = "unitCode", source = "key.unitCode")
    @Mapping(target = "year", source = "key.year")
    @Mapping(target = ".", source = "grading")
    ClassificationView toView(UnitClassification classification);

    @Mapping(target = "unitCode", source = "key.unitCode")
    @Mapping(target = "year", source = "key.year")
    @Mapping(target = ".", source = "grading")
    ClassificationChanged toEvent(UnitClassification classification);
}
