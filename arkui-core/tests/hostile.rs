//! Hostile input never panics, hangs or overflows the stack: NaN and infinite lengths,
//! negative and huge sizes, very deep and very wide trees.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui_core::*;

fn boxed(w: Length, h: Length) -> NodeId {
    let n = NodeId::create("Column", NodeKind::Flex);
    n.set_layout(|a| {
        a.width = w;
        a.height = h;
    });
    n
}

#[test]
fn nan_infinite_negative_and_huge_lengths_give_finite_boxes() {
    let bad = [
        Length::Vp(f32::NAN),
        Length::Vp(f32::INFINITY),
        Length::Vp(f32::NEG_INFINITY),
        Length::Px(-50.0),
        Length::Vp(1e30),
        Length::Percent(f32::NAN),
        Length::Percent(-20.0),
        Length::Fp(f32::MAX),
        Length::Lpx(f32::NAN),
    ];
    let mut app = App::with_view(DeviceProfile::iot(), move || {
        let col = NodeId::create("Column", NodeKind::Flex);
        for (i, w) in bad.iter().enumerate() {
            for (j, h) in bad.iter().enumerate() {
                let b = boxed(*w, *h);
                b.set_layout(|a| {
                    a.padding = (*w).into();
                    a.margin = (*h).into();
                    a.flex_grow = f32::NAN;
                    a.aspect_ratio = Some(f32::INFINITY);
                    a.space = *w;
                });
                b.set_key(format!("b{i}-{j}"));
                col.append(b);
            }
        }
        let t = NodeId::create("Text", NodeKind::Text);
        t.set_text(|x| {
            x.content = "nan".into();
            x.font_size = Length::Fp(f32::NAN);
            x.line_height = Some(Length::Vp(f32::INFINITY));
        });
        col.append(t);
        col
    });
    let tree = app.inspector_tree();
    let text = tree.to_string();
    assert!(!text.contains("null"), "every rect is a finite number");
    fn check(v: &serde_json::Value) {
        if v["$type"] != "root" {
            let r = arkui_core::inspector_rect(v).expect("every node has a finite rect");
            for c in [r.x, r.y, r.right(), r.bottom()] {
                assert!(c.abs() < 1.0e12, "{c}");
            }
        }
        for child in v["$children"].as_array().into_iter().flatten() {
            check(child);
        }
    }
    check(&tree);
    assert!(app.frame().is_some());
}

/// Run `f` on a thread with a 2 MiB stack, as small embedded targets have.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn ten_thousand_levels_deep_is_a_clear_error_not_a_stack_overflow() {
    on_small_stack(|| {
        take_diagnostics();
        let mut app = App::with_view(DeviceProfile::iot(), || {
            let top = boxed(Length::Auto, Length::Auto);
            let mut at = top;
            for _ in 0..10_000 {
                let c = boxed(Length::Auto, Length::Auto);
                at.append(c);
                at = c;
            }
            let leaf = boxed(Length::Px(10.0), Length::Px(10.0));
            leaf.set_key("leaf");
            at.append(leaf);
            top
        });
        assert!(app.frame().is_some());
        let d = take_diagnostics();
        assert!(
            d.iter().any(|d| d.to_string().contains("levels deep")),
            "the depth limit is reported: {d:?}"
        );
        let tree = app.inspector_tree();
        assert!(tree.to_string().len() > 100, "the inspector still answers");
        drop(tree);
        drop(app);
    });
}

#[test]
fn a_deep_but_allowed_tree_lays_out_fully() {
    on_small_stack(|| {
        let depth = MAX_LAYOUT_DEPTH - 10;
        let mut app = App::with_view(DeviceProfile::iot(), move || {
            let top = boxed(Length::Auto, Length::Auto);
            let mut at = top;
            for _ in 0..depth {
                let c = boxed(Length::Auto, Length::Auto);
                c.set_layout(|a| a.padding = Length::Px(0.5).into());
                at.append(c);
                at = c;
            }
            let leaf = boxed(Length::Px(10.0), Length::Px(10.0));
            leaf.set_key("leaf");
            at.append(leaf);
            top
        });
        let leaf = app.inspector_by_id("leaf").unwrap();
        let y = f64::from(arkui_core::inspector_rect(&leaf).unwrap().y);
        assert!((y - depth as f64 * 0.5).abs() <= 1.0, "{y}");
    });
}

#[test]
fn a_hundred_thousand_siblings_lay_out() {
    let mut app = App::with_view(DeviceProfile::desktop(800, 600), || {
        let col = NodeId::create("Column", NodeKind::Flex);
        for _ in 0..100_000 {
            col.append(boxed(Length::Px(10.0), Length::Px(2.0)));
        }
        let last = boxed(Length::Px(10.0), Length::Px(2.0));
        last.set_key("last");
        col.append(last);
        col
    });
    app.frame();
    let last = app.find_by_id("last").unwrap().rect().unwrap();
    assert_eq!(last.y, 200_000.0);
}
