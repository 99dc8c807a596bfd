package vn.tusoi.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The page a list is asked for, as every list of the suite takes it ({@code @BeanParam}): {@code page} from 0,
 * {@code size} 1 to {@value #MAX_SIZE}, 50 unless given.
 */
public class PageRequest {

    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** The index of the page's first item. */
    public int offset() {
        return page * size;
    }
}
