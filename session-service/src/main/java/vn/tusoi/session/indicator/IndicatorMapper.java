package vn.tusoi.session.indicator;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.session.events.IndicatorsChanged;

@Mapper
public interface IndicatorMapper {

    @Mapping(target = "attainmentPercent", expression = "java(indicator.attainmentPercent())")
    @Mapping(target = "status", expression = "java(indicator.status().name())")
    IndicatorsChanged.Item toEventItem(Indicator indicator);

    List<IndicatorsChanged.Item> toEventItems(List<Indicator> indicators);
}
