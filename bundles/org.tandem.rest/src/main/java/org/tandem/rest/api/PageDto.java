package org.tandem.rest.api;

import java.util.List;
import java.util.function.Function;
import org.tandem.model.Page;

/** A page of a list as the API returns it. */
public class PageDto<T> {
    public List<T> items;
    public int offset;
    public int limit;
    public long total;

    public static <M, T> PageDto<T> of(Page<M> page, Function<M, T> map) {
        PageDto<T> dto = new PageDto<>();
        dto.items = page.items().stream().map(map).toList();
        dto.offset = page.offset();
        dto.limit = page.limit();
        dto.total = page.total();
        return dto;
    }
}
