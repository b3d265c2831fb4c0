//! The boilerplate every built-in component shares: a `Copy` handle around its node.

/// Declare a component handle type: a `Copy` newtype over [`arkui_core::NodeId`] that is a
/// [`arkui_core::Widget`].
macro_rules! component_handle {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct $name(arkui_core::NodeId);

        impl arkui_core::Widget for $name {
            fn node(self) -> arkui_core::NodeId {
                self.0
            }
        }

        impl $name {
            /// Append a child (the builder-API form of a child inside `{ }` in `ui!`).
            pub fn child(self, child: impl arkui_core::View) -> Self {
                self.0.append(child.into_node());
                self
            }
        }
    };
}

pub(crate) use component_handle;
