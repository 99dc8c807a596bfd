package vn.tusoi.session.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.session.api.ChecklistView;
import vn.tusoi.session.checklist.ChecklistVersion;

/** A checklist's version as the API shows it. */
@Mapper
public interface ChecklistViews {

    @Mapping(target = "id", source = "key.checklistId")
    @Mapping(target = "version", source = "key.number")
    ChecklistView toView(ChecklistVersion version);
}
