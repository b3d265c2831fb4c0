//! Transitions: how a component appears when inserted and disappears when removed.

use super::AnimateParam;
use crate::Length;
use crate::tree::NodeId;

/// What a node keeps for its animations, boxed on the first `.animation()` or `.transition()`.
#[derive(Default)]
pub(crate) struct NodeAnimation {
    /// Implicit animations (`.animation()`): which attributes animate, and how.
    pub(crate) implicit: Vec<(super::AnimProp, AnimateParam)>,
    /// Insert/delete transition.
    pub(crate) transition: Option<TransitionEffect>,
}

/// ArkUI's `TransitionEffect`: opacity, translate, scale and rotate applied at the start of an
/// insertion (animated to the component's own values) and at the end of a removal, with its
/// own animation parameters. `asymmetric` gives insertion and removal different effects.
///
/// ```
/// use arkui_core::{TransitionEffect, AnimateParam, LengthExt};
/// let fade_up = TransitionEffect::OPACITY.combine(TransitionEffect::translate(0.vp(), 20.vp()))
///     .animation(AnimateParam::new(200.0));
/// assert_eq!(fade_up.opacity, Some(0.0));
/// ```
#[derive(Clone, Debug, Default)]
pub struct TransitionEffect {
    /// Opacity at the hidden end.
    pub opacity: Option<f32>,
    /// Offset at the hidden end.
    pub translate: Option<(Length, Length)>,
    /// Scale at the hidden end.
    pub scale: Option<(f32, f32)>,
    /// Rotation (degrees) at the hidden end.
    pub rotate: Option<f32>,
    /// Timing (ArkUI's default: 300 ms ease-in-out... here FastOutSlowIn).
    pub param: Option<AnimateParam>,
    /// Different effects for insertion and removal.
    pub asymmetric: Option<Box<(TransitionEffect, TransitionEffect)>>,
}

impl TransitionEffect {
    /// Fade in and out.
    pub const OPACITY: TransitionEffect = TransitionEffect {
        opacity: Some(0.0),
        translate: None,
        scale: None,
        rotate: None,
        param: None,
        asymmetric: None,
    };
    /// No effect.
    pub const IDENTITY: TransitionEffect = TransitionEffect {
        opacity: None,
        translate: None,
        scale: None,
        rotate: None,
        param: None,
        asymmetric: None,
    };

    /// Slide in from the start edge and out to the end edge, ArkUI's `SLIDE`.
    pub fn slide() -> TransitionEffect {
        TransitionEffect::asymmetric(
            TransitionEffect::translate(Length::Percent(-100.0), Length::Vp(0.0)),
            TransitionEffect::translate(Length::Percent(100.0), Length::Vp(0.0)),
        )
    }

    /// Move by `(x, y)` (percent of the component's own size allowed).
    pub fn translate(x: Length, y: Length) -> TransitionEffect {
        TransitionEffect {
            translate: Some((x, y)),
            ..TransitionEffect::IDENTITY
        }
    }

    /// Scale by `(x, y)` about the centre.
    pub fn scale(x: f32, y: f32) -> TransitionEffect {
        TransitionEffect {
            scale: Some((x, y)),
            ..TransitionEffect::IDENTITY
        }
    }

    /// Rotate by `degrees` about the centre.
    pub fn rotate(degrees: f32) -> TransitionEffect {
        TransitionEffect {
            rotate: Some(degrees),
            ..TransitionEffect::IDENTITY
        }
    }

    /// `appear` on insertion, `disappear` on removal.
    pub fn asymmetric(appear: TransitionEffect, disappear: TransitionEffect) -> TransitionEffect {
        TransitionEffect {
            asymmetric: Some(Box::new((appear, disappear))),
            ..TransitionEffect::IDENTITY
        }
    }

    /// Both effects at once.
    pub fn combine(mut self, other: TransitionEffect) -> TransitionEffect {
        self.opacity = other.opacity.or(self.opacity);
        self.translate = other.translate.or(self.translate);
        self.scale = other.scale.or(self.scale);
        self.rotate = other.rotate.or(self.rotate);
        self.param = other.param.or(self.param);
        self
    }

    /// The timing of this effect.
    pub fn animation(mut self, param: AnimateParam) -> TransitionEffect {
        self.param = Some(param);
        self
    }

    pub(crate) fn appear(&self) -> &TransitionEffect {
        self.asymmetric.as_ref().map_or(self, |b| &b.0)
    }

    pub(crate) fn disappear(&self) -> &TransitionEffect {
        self.asymmetric.as_ref().map_or(self, |b| &b.1)
    }

    /// The timing of the insertion: the appear effect's own, else this effect's.
    pub(crate) fn appear_timing(&self) -> AnimateParam {
        self.timing_of(self.appear())
    }

    /// The timing of the removal: the disappear effect's own, else this effect's.
    pub(crate) fn disappear_timing(&self) -> AnimateParam {
        self.timing_of(self.disappear())
    }

    fn timing_of(&self, side: &TransitionEffect) -> AnimateParam {
        side.param
            .clone()
            .or_else(|| self.param.clone())
            .unwrap_or_else(|| AnimateParam::new(300.0).curve(super::Curve::FastOutSlowIn))
    }
}

/// A removed node kept on screen while its disappear transition runs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct LeavingNode {
    pub(crate) node: NodeId,
    /// The app root it was removed from.
    pub(crate) root: NodeId,
}
