package vn.tusoi.aggregation.ingest;

import java.util.List;

import jakarta.inject.Singleton;

import vn.tusoi.aggregation.events.SessionChanged;

/** Review sessions as session-service publishes them: held or not, when, and who attended. */
@Singleton
class SessionEvents extends LatestStateKind<SessionChanged, SessionState> {

    SessionEvents(StateStore states) {
        super(states, SessionState.class);
    }

    @Override
    public String type() {
        return SessionChanged.TYPE;
    }

    @Override
    public Class<SessionChanged> record() {
        return SessionChanged.class;
    }

    @Override
    public String topic() {
        return SessionChanged.TOPIC;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<String> tables() {
        return List.of("session_state");
    }

    @Override
    protected Object key(SessionChanged event) {
        return event.id();
    }

    @Override
    protected SessionState create(SessionChanged event) {
        SessionState session = new SessionState();
        session.id = event.id();
        return session;
    }

    @Override
    protected void copy(SessionChanged event, SessionState session) {
        session.campaignCode = event.campaignCode();
        session.unitCode = event.unitCode();
        session.status = event.status();
        session.heldOn = event.heldOn();
        session.reviewNote = event.reviewNote();
        session.attendanceExpected = event.attendanceExpected();
        session.attendancePresent = event.attendancePresent();
    }

    @Override
    protected void touches(SessionChanged event, SessionState before, Touched touched) {
        touched.contribution(event.campaignCode(), event.unitCode());
    }
}
