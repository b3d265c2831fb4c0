mod hand_written {
    mod adversarial_styles;
    mod baseline;
    mod block_replaced;
    mod border_and_padding;
    mod caching;
    mod detailed_grid_info;
    #[cfg(feature = "flexbox_balance")]
    mod flex_line_count;
    mod floats;
    mod measure;
    mod min_max_overrides;
    mod relayout;
    mod root_constraints;
    mod rounding;
    mod safe_alignment;
    mod scroll_size;
    mod scrollable_overflow;
    mod serde;
}
