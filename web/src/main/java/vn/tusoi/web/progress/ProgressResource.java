package vn.tusoi.web.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import vn.tusoi.web.api.AggregationApi;
import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.export.Downloads;
import vn.tusoi.web.export.Sheet;
import vn.tusoi.web.format.Labels;
import vn.tusoi.web.forms.Choices;
import vn.tusoi.web.signin.SignedInUser;

/** Tiến độ: a campaign's progress at a unit, its direct subordinate units, live; and the figures at its close. */
@Path("/tien-do")
@Produces(MediaType.TEXT_HTML)
public class ProgressResource {

    /** At most one live update per second per page. */
    static final Duration LIVE_INTERVAL = Duration.ofSeconds(1);
    /**
     * A live stream ends this long before the access token it was opened with expires; the browser opens it again and
     * the sign-in refreshes the tokens on the way, so a page left open keeps streaming.
     */
    static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);
    static final Duration SHORTEST_STREAM = Duration.ofSeconds(5);

    private final SignedInUser user;
    private final ProgressBoard boards;
    private final AggregationApi aggregation;
    private final SessionApi sessions;

    public ProgressResource(SignedInUser user, ProgressBoard boards, @RestClient AggregationApi aggregation,
            @RestClient SessionApi sessions) {
        this.user = user;
        this.boards = boards;
        this.aggregation = aggregation;
        this.sessions = sessions;
    }

    @GET
    public TemplateInstance progress(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit,
            @QueryParam("sort") @Size(max = 20) String sort) {
        Board board = boards.at(campaign, unit, sorting(sort));
        return new ProgressPage(board);
    }

    @GET
    @Path("/chot")
    public TemplateInstance frozen(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit,
            @QueryParam("sort") @Size(max = 20) String sort) {
        Board board = boards.frozenAt(campaign, unit, sorting(sort));
        return new ProgressPage(board);
    }

    /**
     * The tiles and the table as server-sent events named {@code progress}, each an HTML fragment for htmx to swap
     * in: once on opening, then after each committed change of the roll-up, at most one per second (the latest).
     */
    @GET
    @Blocking
    @Path("/truc-tiep")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> live(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaignCode,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit,
            @QueryParam("sort") @Size(max = 20) String sort, @Context Sse sse) {
        Sorting sorting = sorting(sort);
        Duration open = Duration.ofSeconds(user.expiresAt() - Instant.now().getEpochSecond()).minus(TOKEN_MARGIN);
        Campaign campaign = sessions.campaign(campaignCode);
        AtomicLong lastSent = new AtomicLong();
        return aggregation.stream(campaignCode, unit)
                // while one update waits for its second, a newer roll-up replaces it
                .onOverflow().dropPreviousItems()
                .onItem().call(progress -> pause(untilNext(lastSent.get())))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(progress -> {
                    lastSent.set(System.nanoTime());
                    String html = new ProgressLive(boards.refreshed(campaign, progress, sorting))
                            .render();
                    // one data line: the fragment has no line the event stream would have to split
                    return sse.newEventBuilder().name("progress").data(html.replace('\n', ' ')).build();
                })
                .select().first(open.compareTo(SHORTEST_STREAM) < 0 ? SHORTEST_STREAM : open);
    }

    /** The table of direct subordinate units as {@code .xlsx}; {@code final=true} for the figures at the close. */
    @GET
    @Path("/xlsx")
    @Produces(Downloads.XLSX)
    public Response sheet(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit, @QueryParam("final") boolean atClose) {
        Sorting byName = new Sorting("name", false);
        Board board = atClose
                ? boards.frozenAt(campaign, unit, byName)
                : boards.at(campaign, unit,
                        byName);
        Sheet sheet = new Sheet(atClose ? "Tiến độ khi kết thúc đợt" : "Tiến độ tổ chức sinh hoạt",
                board.progress().unitName(), board.progress().asOf(), "Mã đơn vị", "Tên đơn vị", "Đã tổ chức",
                "Phải tổ chức", "Tỷ lệ (%)", "Đúng hạn", "Trễ hạn");
        board.children().forEach(row -> sheet.row(row.code(), row.name(), row.held(), row.expected(), row.percent(),
                row.onTime(), row.late()));
        return Downloads.xlsx(sheet, "tien-do-" + unit);
    }

    /**
     * The decided grades of each direct subordinate unit with the units under it, and of their members, and the
     * unit's whole, as {@code .xlsx}.
     */
    @GET
    @Path("/xep-loai/xlsx")
    @Produces(Downloads.XLSX)
    public Response grades(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit, @QueryParam("final") boolean atClose) {
        Sorting byName = new Sorting("name", false);
        Board board = atClose ? boards.frozenAt(campaign, unit, byName) : boards.at(campaign, unit, byName);
        Sheet sheet = new Sheet("Xếp loại tổ chức đảng " + board.gradePeriod(), board.progress().unitName(),
                board.progress().asOf(), gradeHeaders());
        board.children().forEach(row -> sheet.row(Stream.concat(Stream.of(row.code(), row.name()),
                Choices.grades.stream().flatMap(g -> Stream.of(row.graded(g), row.membersGraded(g)))).toArray()));
        List<GradeRow> units = board.gradeRows();
        List<GradeRow> members = board.memberGradeRows();
        sheet.row(Stream.concat(Stream.of(board.progress().unitCode(), "Toàn " + board.progress().unitName()),
                IntStream.range(0, units.size()).boxed().flatMap(i -> Stream.of(units.get(i).count(),
                        members.get(i).count())))
                .toArray());
        return Downloads.xlsx(sheet, "xep-loai-" + unit);
    }

    /** Code, name, then for each grade the units and the members that have it. */
    private static String[] gradeHeaders() {
        return Stream.concat(Stream.of("Mã đơn vị", "Tên đơn vị"), Choices.grades.stream()
                .flatMap(g -> Stream.of("Tổ chức đảng: " + Labels.of(g), "Đảng viên: " + Labels.of(g))))
                .toArray(String[]::new);
    }

    private static Uni<Void> pause(Duration wait) {
        return wait.isZero() ? Uni.createFrom().voidItem() : Uni.createFrom().voidItem().onItem().delayIt().by(wait);
    }

    private static Duration untilNext(long lastSentNanos) {
        if (lastSentNanos == 0) {
            return Duration.ZERO;
        }
        Duration since = Duration.ofNanos(System.nanoTime() - lastSentNanos);
        return since.compareTo(LIVE_INTERVAL) >= 0 ? Duration.ZERO : LIVE_INTERVAL.minus(since);
    }

    private static Sorting sorting(String sort) {
        return Sorting.parse(sort, ProgressBoard.DEFAULT_SORT, ProgressBoard.SORT_KEYS);
    }
}
