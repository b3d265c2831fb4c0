//! `SymbolGlyph`: an icon of a bundled set, sized, weighted and coloured like text.

mod outlines;
mod paint;
mod symbol;

pub use symbol::Symbol;

use arkui_core::{Color, Effect, Element, FontWeight, Length, NodeId, NodeKind, Widget, untrack};

use crate::handle::component_handle;
use crate::theme::ThemedColor;
use paint::GlyphLook;

/// ArkUI's default `fontSize` of a symbol.
const DEFAULT_SIZE: Length = Length::Fp(16.0);

/// How a symbol's layers are coloured, ArkUI's `SymbolRenderingStrategy`. A symbol with
/// one layer ([`Symbol::layers`]) looks the same under all three.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Symbol, SymbolGlyph, SymbolRenderingStrategy};
/// assert_eq!(SymbolRenderingStrategy::default(), SymbolRenderingStrategy::Single);
/// let mut app = App::with_view(DeviceProfile::iot(), || SymbolGlyph::new(Symbol::Bell).id("b"));
/// let g = app.inspector_by_id("b").unwrap();
/// assert_eq!(g["$attrs"]["renderingStrategy"], "SymbolRenderingStrategy.Single");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum SymbolRenderingStrategy {
    /// Every layer in the first `fontColor`.
    #[default]
    Single,
    /// The primary layer in the first colour, the secondary in the second (the first when
    /// only one is given).
    MultipleColor,
    /// Every layer in the first colour, the secondary at half its opacity.
    MultipleOpacity,
}

/// The effect played when a symbol first shows, ArkUI's `SymbolEffectStrategy`: once,
/// on the app's frame clock, starting at the first frame after it is set.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Symbol, SymbolEffectStrategy, SymbolGlyph};
/// assert_eq!(SymbolEffectStrategy::default(), SymbolEffectStrategy::None);
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     SymbolGlyph::new(Symbol::Heart).effect_strategy(SymbolEffectStrategy::Hierarchical).id("h")
/// });
/// let g = app.inspector_by_id("h").unwrap();
/// assert_eq!(g["$attrs"]["effectStrategy"], "SymbolEffectStrategy.Hierarchical");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum SymbolEffectStrategy {
    /// None: the symbol is simply there.
    #[default]
    None,
    /// The whole symbol shrinks a little and springs back (300 ms).
    Scale,
    /// The layers fade in one after the other, primary first (300 ms).
    Hierarchical,
}

component_handle!(
    /// ArkUI's `SymbolGlyph`: one [`Symbol`] of the bundled icon set, drawn `fontSize`
    /// square (16 fp by default, which is also the size its box takes when none is set),
    /// centred in its box, in the theme's primary font colour unless `fontColor` says
    /// otherwise. `fontWeight` thickens or thins its lines;
    /// [`SymbolGlyph::rendering_strategy`] colours two-layer symbols by layer and
    /// [`SymbolGlyph::effect_strategy`] plays an effect when it first shows.
    ///
    /// `SymbolGlyph()` without a symbol draws nothing (ArkUI's `SymbolGlyph()` with no
    /// resource). In `ui!`: `SymbolGlyph(Symbol::Wifi).font_size(24.fp())`.
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile, LengthExt};
    /// use arkui_widgets::{Symbol, SymbolGlyph};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     SymbolGlyph::new(Symbol::Checkmark).font_size(32.vp()).font_color([Color::RED]).id("ok")
    /// });
    /// let g = app.inspector_by_id("ok").unwrap();
    /// assert_eq!(g["$attrs"]["symbol"], "checkmark");
    /// assert_eq!(g["$attrs"]["fontColor"], "[#FFFF0000]");
    /// assert_eq!(arkui_core::inspector_rect(&g).unwrap().width, 32.0);
    /// ```
    SymbolGlyph
);

impl Element<()> for SymbolGlyph {
    fn create(_: ()) -> SymbolGlyph {
        let node = NodeId::create("SymbolGlyph", NodeKind::Leaf);
        let theme = ThemedColor::new(|t| t.font_primary);
        let look = GlyphLook::new(DEFAULT_SIZE, untrack(|| theme.get()));
        node.set_content_size(Some((look.size, look.size)));
        publish(node, &look);
        node.set_extension(look);
        node.set_painter(paint::paint);
        let glyph = SymbolGlyph(node);
        // The default colour follows the theme (light and dark mode, custom themes).
        Effect::new(move || {
            let color = theme.get();
            untrack(|| glyph.edit(|l| l.theme = color));
        });
        glyph
    }

    fn update(self, _: ()) {}
}

impl Element<(Symbol,)> for SymbolGlyph {
    fn create((symbol,): (Symbol,)) -> SymbolGlyph {
        SymbolGlyph::create(()).edit(|l| l.symbol = Some(symbol))
    }

    fn update(self, (symbol,): (Symbol,)) {
        self.edit(|l| l.symbol = Some(symbol));
    }
}

/// The inspector's view of a glyph.
fn publish(node: NodeId, l: &GlyphLook) {
    node.set_inspector_attr("symbol", l.symbol.map_or("", Symbol::name));
    node.set_inspector_attr("fontSize", l.size.to_string());
    let colors: Vec<String> = l
        .shown_colors()
        .iter()
        .map(|c| c.to_argb_string())
        .collect();
    node.set_inspector_attr("fontColor", format!("[{}]", colors.join(", ")));
    node.set_inspector_attr("fontWeight", l.weight.to_number().to_string());
    node.set_inspector_attr(
        "renderingStrategy",
        format!("SymbolRenderingStrategy.{:?}", l.rendering),
    );
    node.set_inspector_attr(
        "effectStrategy",
        format!("SymbolEffectStrategy.{:?}", l.effect),
    );
}

impl SymbolGlyph {
    /// A glyph showing `symbol` (`SymbolGlyph(symbol)` in `ui!`).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Symbol, SymbolGlyph};
    /// let mut app = App::with_view(DeviceProfile::iot(), || SymbolGlyph::new(Symbol::House).id("h"));
    /// let g = app.inspector_by_id("h").unwrap();
    /// assert_eq!(g["$attrs"]["symbol"], "house");
    /// assert_eq!(g["$attrs"]["fontSize"], "16.00fp");
    /// ```
    pub fn new(symbol: Symbol) -> SymbolGlyph {
        SymbolGlyph::create((symbol,))
    }

    /// Change the look; repaint, re-measure and re-publish only what changed.
    fn edit(self, f: impl FnOnce(&mut GlyphLook)) -> Self {
        let node = self.node();
        let changed = node.update_extension(|l: &mut GlyphLook| {
            let before = l.clone();
            f(l);
            (*l != before).then(|| (before.size != l.size, l.clone()))
        });
        if let Some(Some((resized, look))) = changed {
            if resized {
                node.set_content_size(Some((look.size, look.size)));
            }
            publish(node, &look);
            node.invalidate_paint();
        }
        self
    }

    /// `fontSize`: the side of the square the symbol is drawn in (default 16 fp). A size
    /// that is not a positive length (a percentage, `auto`, zero, NaN) gives the default.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, Length, LengthExt};
    /// use arkui_widgets::{Column, Symbol, SymbolGlyph};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Column::new()
    ///         .child(SymbolGlyph::new(Symbol::Star).font_size(24.vp()).id("big"))
    ///         .child(SymbolGlyph::new(Symbol::Star).font_size(Length::Percent(50.0)).id("bad"))
    /// });
    /// let big = app.inspector_by_id("big").unwrap();
    /// assert_eq!(arkui_core::inspector_rect(&big).unwrap().width, 24.0);
    /// assert_eq!(app.inspector_by_id("bad").unwrap()["$attrs"]["fontSize"], "16.00fp");
    /// ```
    pub fn font_size(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        let ok = match v {
            Length::Vp(x) | Length::Fp(x) | Length::Px(x) | Length::Lpx(x) => {
                x.is_finite() && x > 0.0
            }
            Length::Percent(_) | Length::Auto => false,
        };
        self.edit(|l| l.size = if ok { v } else { DEFAULT_SIZE })
    }

    /// `fontColor`: the first colour draws the symbol; under
    /// [`SymbolRenderingStrategy::MultipleColor`] the second draws its secondary layer.
    /// No colours: the theme's primary font colour again.
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Symbol, SymbolGlyph, SymbolRenderingStrategy};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     SymbolGlyph::new(Symbol::Wifi)
    ///         .rendering_strategy(SymbolRenderingStrategy::MultipleColor)
    ///         .font_color([Color::BLUE, Color::RED])
    ///         .id("w")
    /// });
    /// let g = app.inspector_by_id("w").unwrap();
    /// assert_eq!(g["$attrs"]["fontColor"], "[#FF0000FF, #FFFF0000]");
    /// assert_eq!(g["$attrs"]["renderingStrategy"], "SymbolRenderingStrategy.MultipleColor");
    /// ```
    pub fn font_color(self, colors: impl IntoIterator<Item = Color>) -> Self {
        let colors: Vec<Color> = colors.into_iter().collect();
        self.edit(|l| l.colors = colors)
    }

    /// `fontWeight`: heavier weights draw thicker lines (normal, 400, draws them at a
    /// twelfth of the size).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, FontWeight};
    /// use arkui_widgets::{Symbol, SymbolGlyph};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     SymbolGlyph::new(Symbol::Plus).font_weight(FontWeight::Bold).id("p")
    /// });
    /// assert_eq!(app.inspector_by_id("p").unwrap()["$attrs"]["fontWeight"], "700");
    /// ```
    pub fn font_weight(self, weight: FontWeight) -> Self {
        self.edit(|l| l.weight = weight)
    }

    /// `renderingStrategy` (default [`SymbolRenderingStrategy::Single`]).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Symbol, SymbolGlyph, SymbolRenderingStrategy};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     SymbolGlyph::new(Symbol::Lock)
    ///         .rendering_strategy(SymbolRenderingStrategy::MultipleOpacity)
    ///         .id("l")
    /// });
    /// let g = app.inspector_by_id("l").unwrap();
    /// assert_eq!(g["$attrs"]["renderingStrategy"], "SymbolRenderingStrategy.MultipleOpacity");
    /// ```
    pub fn rendering_strategy(self, strategy: SymbolRenderingStrategy) -> Self {
        self.edit(|l| l.rendering = strategy)
    }

    /// `effectStrategy` (default [`SymbolEffectStrategy::None`]): the effect starts when
    /// this is set (when the glyph is built, so as it first shows) and plays on the frame
    /// clock.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Symbol, SymbolEffectStrategy, SymbolGlyph};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     SymbolGlyph::new(Symbol::Bell).effect_strategy(SymbolEffectStrategy::Scale).id("b")
    /// });
    /// app.frame();
    /// assert!(app.is_animating(), "the effect asks for frames while it plays");
    /// for i in 1..=30 {
    ///     app.advance_time(16.0 * f64::from(i)); // the clock's time, not a step
    ///     app.frame();
    /// }
    /// assert!(!app.is_animating(), "and stops");
    /// let g = app.inspector_by_id("b").unwrap();
    /// assert_eq!(g["$attrs"]["effectStrategy"], "SymbolEffectStrategy.Scale");
    /// ```
    pub fn effect_strategy(self, strategy: SymbolEffectStrategy) -> Self {
        let mut run = None;
        self.edit(|l| {
            l.effect = strategy;
            if strategy == SymbolEffectStrategy::None {
                l.played = 1.0;
            } else {
                l.played = 0.0;
                l.run = l.run.wrapping_add(1);
                run = Some(l.run);
            }
        });
        if let Some(run) = run {
            paint::play(self.node(), run);
        }
        self
    }
}
