package vn.tusoi.organization.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.organization.OrgUnit;
import vn.tusoi.organization.event.UnitChanged;
import vn.tusoi.organization.rest.UnitView;

@Mapper
public interface UnitMapper {

    @Mapping(target = "parentCode", expression = "java(unit.parentCode())")
    UnitView toView(OrgUnit unit);

    @Mapping(target = "parentCode", expression = "java(unit.parentCode())")
    @Mapping(target = "ancestors", expression = "java(unit.ancestorCodes())")
    UnitChanged toEvent(OrgUnit unit);
}
