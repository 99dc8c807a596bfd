-- The trace an event was recorded in (W3C traceparent, 55 characters), kept with the row so that the relay publishes
-- the record as part of that trace: the request that changed something and the roll-up it caused read as one story.
-- Empty for rows written outside a trace and for the rows written before this column.
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS traceparent varchar(55);
