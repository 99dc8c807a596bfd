package vn.tusoi.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The headline figures a {@link ReplicaWorkload}'s roll-ups must show, counted from its final states alone. */
final class WorkloadFigures {

    private WorkloadFigures() {
    }

    /**
     * The campaign's figures at the unit from the workload's final states: the cells under it that must hold it,
     * those that held it, on time.
     */
    static void count(Map<String, Integer> figures, String campaign, String unit, Map<String, List<String>> ancestors,
            Map<String, String> sessionStatus, Map<String, String> heldOn, String deadline) {
        int expected = 0;
        int held = 0;
        int onTime = 0;
        for (Map.Entry<String, List<String>> cell : ancestors.entrySet()) {
            if (!cell.getKey().contains(".C") || !cell.getValue().contains(unit)) {
                continue;
            }
            expected++;
            String session = campaign + "|" + cell.getKey();
            String status = sessionStatus.get(session);
            if (status != null && !status.equals("DRAFT")) {
                held++;
                if (!LocalDate.parse(heldOn.get(session)).isAfter(LocalDate.parse(deadline))) {
                    onTime++;
                }
            }
        }
        figures.put(campaign + "|" + unit + "|byKind.CELL.expected", expected);
        figures.put(campaign + "|" + unit + "|byKind.CELL.held", held);
        figures.put(campaign + "|" + unit + "|onTime", onTime);
    }
}
