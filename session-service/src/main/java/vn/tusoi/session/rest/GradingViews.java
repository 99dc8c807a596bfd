package vn.tusoi.session.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.session.api.ClassificationView;
import vn.tusoi.session.api.DisciplinaryRecordView;
import vn.tusoi.session.api.SelfReviewView;
import vn.tusoi.session.grading.DisciplinaryRecord;
import vn.tusoi.session.grading.SelfReview;
import vn.tusoi.session.grading.UnitClassification;

/** Self-reviews and classifications between the API's records and the service's. */
@Mapper
public interface GradingViews {

    @Mapping(target = "campaignCode", source = "campaign.code")
    @Mapping(target = ".", source = "grading")
    SelfReviewView toView(SelfReview review);

    @Mapping(target = "unitCode", source = "key.unitCode")
    @Mapping(target = "period", source = "key.period")
    @Mapping(target = "year", expression = "java(vn.tusoi.session.period.GradingPeriod.yearOf(classification.key.period()))")
    @Mapping(target = ".", source = "grading")
    ClassificationView toView(UnitClassification classification);

    DisciplinaryRecordView toView(DisciplinaryRecord record);
}
