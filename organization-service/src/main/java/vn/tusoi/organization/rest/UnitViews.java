package vn.tusoi.organization.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.organization.api.MemberView;
import vn.tusoi.organization.api.UnitView;
import vn.tusoi.organization.member.Member;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.UnitVersion;

/** Units and members as the API answers them. */
@Mapper
public interface UnitViews {

    @Mapping(target = "parentCode", expression = "java(unit.parentCode())")
    UnitView toView(OrgUnit unit);

    @Mapping(target = "code", source = "key.code")
    @Mapping(target = "memberCount", ignore = true)
    @Mapping(target = "validFrom", ignore = true)
    @Mapping(target = "validTo", ignore = true)
    @Mapping(target = "notificationEmails", ignore = true)
    @Mapping(target = "emailOff", ignore = true)
    @Mapping(target = "version", source = "key.version")
    UnitView toView(UnitVersion version);

    @Mapping(target = "unitCode", source = "unit.code")
    MemberView toView(Member member);

}
