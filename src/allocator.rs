//! The allocator's one option that sala sets, through mimalloc's API (the
//! allocator itself is declared in `main.rs`; a small site's build sets the
//! option in `pipeline::run`): why, and what it buys.

/// mimalloc's `purge_delay` option (`mi_option_purge_delay` in mimalloc.h;
/// the Rust bindings name no constant for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// mimalloc hands memory back to the system once it has been free for a
/// second (its default). A small site's build frees each stage's pages and
/// texts while the next stage allocates its own, so the kernel zeroed the
/// same memory again and again: 10,147 page faults at 3,033 pages, and 7%
/// of the build's samples in `clear_page` (`perf`). Kept instead, from the
/// writing stages on: about 800 faults and 5% less wall time, a few MB more
/// at the peak. Only below `markdown::PACK_FROM` pages: at 30,303 pages
/// keeping it raised the peak from 863-884 MB to 1,068-1,100 MB and the
/// build was no faster. `serve`, which runs for days, never calls it.
pub fn keep_freed_memory() {
    // SAFETY: mi_option_set only stores an integer in mimalloc's option
    // table; any value is valid for this option (-1: never purge).
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

#[cfg(test)]
mod tests {
    /// The option number is mimalloc's purge delay: its default is 1000
    /// (ms), which no other option has.
    #[test]
    fn the_option_set_is_the_purge_delay() {
        // SAFETY: reads an integer from mimalloc's option table.
        let delay = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(delay, 1000);
        }
        super::keep_freed_memory();
        // SAFETY: as above.
        let kept = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(kept, -1);
    }
}
