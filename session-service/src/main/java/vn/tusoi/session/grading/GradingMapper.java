package vn.tusoi.session.grading;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.session.events.ClassificationChanged;
import vn.tusoi.session.events.SelfReviewChanged;

@Mapper
public interface GradingMapper {

    @Mapping(target = "campaignCode", source = "campaign.code")
    @Mapping(target = ".", source = "grading")
    @Mapping(target = "manifestationsFound", expression = "java(review.manifestations.size())")
    SelfReviewChanged toEvent(SelfReview review);

    @Mapping(target = "unitCode", source = "key.unitCode")
    @Mapping(target = "period", source = "key.period")
    @Mapping(target = "year", expression = "java(vn.tusoi.session.period.GradingPeriod.yearOf(classification.key.period()))")
    @Mapping(target = ".", source = "grading")
    ClassificationChanged toEvent(UnitClassification classification);
}
