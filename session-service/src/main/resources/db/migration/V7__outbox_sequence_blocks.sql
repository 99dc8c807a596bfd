-- The outbox takes its ids in blocks of 50 (see OutboxEvent), so bulk changes write their events in batches.
ALTER SEQUENCE outbox_event_seq_seq INCREMENT BY 50;
