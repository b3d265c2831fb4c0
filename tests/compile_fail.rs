//! Misused macros must fail to compile with a message that names the problem and points at
//! the user's tokens. Each case in `tests/ui/` has its expected compiler output committed
//! beside it (`.stderr`); regenerate only deliberately, with `TRYBUILD=overwrite`.

#[test]
fn misuses_are_compile_errors_with_clear_messages() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
