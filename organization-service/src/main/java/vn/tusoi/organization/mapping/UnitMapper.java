package vn.tusoi.organization.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.organization.Member;
import vn.tusoi.organization.OrgUnit;
import vn.tusoi.organization.UnitVersion;
import vn.tusoi.organization.event.UnitChanged;
import vn.tusoi.organization.rest.MemberView;
import vn.tusoi.organization.rest.UnitView;

@Mapper
public interface UnitMapper {

    @Mapping(target = "parentCode", expression = "java(unit.parentCode())")
    UnitView toView(OrgUnit unit);

    @Mapping(target = "parentCode", expression = "java(unit.parentCode())")
    @Mapping(target = "ancestors", expression = "java(unit.ancestorCodes())")
    @Mapping(target = "predecessors", source = "predecessorCodes")
    UnitChanged toEvent(OrgUnit unit);

    @Mapping(target = "code", source = "key.code")
    @Mapping(target = "memberCount", ignore = true)
    @Mapping(target = "validFrom", ignore = true)
    @Mapping(target = "validTo", ignore = true)
    @Mapping(target = "version", source = "key.version")
    UnitView toView(UnitVersion version);

    @Mapping(target = "unitCode", source = "unit.code")
    MemberView toView(Member member);
}
