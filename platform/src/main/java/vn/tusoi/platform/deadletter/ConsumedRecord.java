package vn.tusoi.platform.deadletter;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** A record as a consumer took it from the broker: where it came from and what it said. */
public record ConsumedRecord(String topic, int partition, long offset, String key, String value) {

    public static ConsumedRecord of(ConsumerRecord<String, String> record) {
        return new ConsumedRecord(record.topic(), record.partition(), record.offset(), record.key(), record.value());
    }

    public static List<ConsumedRecord> of(ConsumerRecords<String, String> records) {
        List<ConsumedRecord> consumed = new ArrayList<>(records.count());
        records.forEach(record -> consumed.add(of(record)));
        return consumed;
    }
}
