package vn.tusoi.organization.unit;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.organization.events.UnitChanged;

@Mapper
public interface UnitMapper {

    @Mapping(target = "parentCode", expression = "java(unit.parentCode())")
    @Mapping(target = "ancestors", expression = "java(unit.ancestorCodes())")
    @Mapping(target = "predecessors", source = "predecessorCodes")
    UnitChanged toEvent(OrgUnit unit);
}
