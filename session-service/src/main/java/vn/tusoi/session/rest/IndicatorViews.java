package vn.tusoi.session.rest;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.session.api.IndicatorRequest;
import vn.tusoi.session.api.IndicatorView;
import vn.tusoi.session.indicator.Indicator;
import vn.tusoi.session.indicator.IndicatorReport;

/** Indicators between the API's records and the service's. */
@Mapper
public interface IndicatorViews {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "unitCode", ignore = true)
    @Mapping(target = "period", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "measureUnit", source = "unit")
    @Mapping(target = "direction", expression = "java(request.directionOrDefault())")
    Indicator toEntity(IndicatorRequest request);

    @Mapping(target = "unit", source = "measureUnit")
    @Mapping(target = "attainmentPercent", expression = "java(indicator.attainmentPercent())")
    @Mapping(target = "status", expression = "java(indicator.status().name())")
    IndicatorView.Item toItem(Indicator indicator);

    List<Indicator> toEntities(List<IndicatorRequest> requests);

    @Mapping(target = "total", expression = "java(report.total())")
    IndicatorView toView(IndicatorReport report);
}
