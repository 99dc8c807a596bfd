package vn.tusoi.session.remediation;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/** Announces remediation actions that have passed their due date undone, each once, with an event. */
@ApplicationScoped
public class OverdueCheck {

    private final ActionService actions;

    public OverdueCheck(ActionService actions) {
        this.actions = actions;
    }

    @Scheduled(every = "${actions.overdue-check-interval:1h}", delayed = "30s")
    void run() {
        int announced = actions.announceOverdue(LocalDate.now());
        if (announced > 0) {
            Log.infof("%d remediation actions became overdue", announced);
        }
    }
}
