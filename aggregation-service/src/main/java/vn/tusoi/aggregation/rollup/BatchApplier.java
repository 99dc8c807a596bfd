package vn.tusoi.aggregation.rollup;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.tusoi.aggregation.events.KeyedEvent;
import vn.tusoi.aggregation.ingest.EventBatch;
import vn.tusoi.aggregation.ingest.EventReader;
import vn.tusoi.aggregation.ingest.ReadEvent;
import vn.tusoi.aggregation.ingest.Touched;
import vn.tusoi.platform.deadletter.ConsumedRecord;
import vn.tusoi.platform.deadletter.DeadLetterHandler;
import vn.tusoi.platform.deadletter.PoisonIsolation;
import vn.tusoi.platform.deadletter.UnusableEvent;

/**
 * Reads consumed records and applies them, a batch per transaction, so that no single record can stop the
 * consumer: an unreadable one, or one the engine cannot apply, is set aside as a dead letter and the rest goes on;
 * a database outage is retried until it is over. The live consumer, the rebuild and a re-drive all come here.
 */
@ApplicationScoped
public class BatchApplier implements DeadLetterHandler {

    private final RollupEngine engine;
    private final EventReader reader;
    private final PoisonIsolation isolation;

    public BatchApplier(RollupEngine engine, EventReader reader, PoisonIsolation isolation) {
        this.engine = engine;
        this.reader = reader;
        this.isolation = isolation;
    }

    /** Applies what can be applied of the records; returns the events read, in order. */
    public List<ReadEvent> apply(List<ConsumedRecord> records) {
        return isolation.readAndApply(records, reader::read, ReadEvent::origin,
                part -> engine.apply(EventBatch.of(part)));
    }

    /**
     * A rebuild's first pass: stores what can be stored of the records' states, isolating the rest as {@link #apply}
     * does, and adds what the stored ones touch to {@code touched} (a part rolled back adds nothing).
     */
    public void store(List<ConsumedRecord> records, Touched touched) {
        isolation.readAndApply(records, reader::read, ReadEvent::origin,
                part -> touched.addAll(engine.store(EventBatch.of(part))));
    }

    /** A re-drive: the record alone, and any failure is the caller's. */
    @Override
    public void apply(ConsumedRecord record) {
        ReadEvent event = reader.read(record);
        if (event != null) {
            engine.apply(EventBatch.of(List.of(event)));
        }
    }

    @Override
    public String keyOf(ConsumedRecord record) {
        ReadEvent event = reader.read(record);
        if (event == null || !event.kind().topic().equals(record.topic())
                || !(event.data() instanceof KeyedEvent keyed)) {
            throw new UnusableEvent("not an event the roll-ups read on " + record.topic());
        }
        return keyed.messageKey();
    }
}
