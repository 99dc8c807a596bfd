-- Each outbox event takes its own number from the sequence (see OutboxEvent): blocks kept per JVM let two
-- replicas publish an entity's versions out of order.
ALTER SEQUENCE outbox_event_seq_seq INCREMENT BY 1;
