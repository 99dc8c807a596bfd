package vn.tusoi.aggregation.rest;

import org.mapstruct.Mapper;

import vn.tusoi.aggregation.api.DailyView;
import vn.tusoi.aggregation.api.LaggardView;
import vn.tusoi.aggregation.api.ProgressView;
import vn.tusoi.aggregation.api.RebuildView;
import vn.tusoi.aggregation.api.ReconciliationView;
import vn.tusoi.aggregation.maintenance.RebuildRun;
import vn.tusoi.aggregation.maintenance.ReconciliationReport;
import vn.tusoi.aggregation.read.DailyProgress;
import vn.tusoi.aggregation.read.Laggard;
import vn.tusoi.aggregation.rollup.UnitRollup;

/** The aggregation's results as its API answers them. */
@Mapper
public interface ProgressMapper {

    ProgressView view(UnitRollup rollup);

    DailyView view(DailyProgress daily);

    LaggardView view(Laggard laggard);

    RebuildView view(RebuildRun run);

    ReconciliationView view(ReconciliationReport report);
}
