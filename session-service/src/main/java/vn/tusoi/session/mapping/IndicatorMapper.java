package vn.tusoi.session.mapping;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.session.Indicator;
import vn.tusoi.session.event.IndicatorsChanged;
import vn.tusoi.session.rest.IndicatorRequest;
import vn.tusoi.session.rest.IndicatorView;

@Mapper
public interface IndicatorMapper {

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

    @Mapping(target = "attainmentPercent", expression = "java(indicator.attainmentPercent())")
    @Mapping(target = "status", expression = "java(indicator.status().name())")
    IndicatorsChanged.Item toEventItem(Indicator indicator);

    List<IndicatorView.Item> toItems(List<Indicator> indicators);

    List<IndicatorsChanged.Item> toEventItems(List<Indicator> indicators);
}
