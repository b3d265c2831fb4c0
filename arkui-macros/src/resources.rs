//! `resources!`: a folder of ArkUI-style resource files turned into typed accessors.
//!
//! ```text
//! resources/
//!   base/element/string.json   {"string": [{"name": "title", "value": "Settings"}]}
//!   base/element/color.json    {"color":  [{"name": "accent", "value": "#FF007DFF"}]}
//!   base/element/float.json    {"float":  [{"name": "gap", "value": "12vp"}]}
//!   zh_CN/element/string.json  qualified folders: locale, device type, colour mode,
//!   tablet-dark/element/...    density (sdpi mdpi ldpi xldpi xxldpi xxxldpi), joined by '-'
//! ```
//! `resources!(mod r = "resources")` generates `r::string::title() -> String`,
//! `r::color::accent() -> Color`, `r::float::gap() -> Length`, `r::integer::..() -> i64`,
//! `r::boolean::..() -> bool`. A name used in code but absent is a compile error; a qualified
//! value without a base value is refused at compile time, so every lookup has a fallback.
//!
//! Images go in `media/` folders (`base/media/logo.png`, `xldpi/media/logo.png`) and become
//! `r::media::logo() -> ImageSource`, compiled into the app. The density qualifier says
//! which screen a bitmap was drawn for: the closest to the device's wins, `base/` counting
//! as `mdpi` (160 dpi), and the image lays out at its size at that density (a 48 px
//! `xldpi` icon is 24 vp), so a phone gets the sharp one and a 1x watch the small one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

pub(crate) struct Input {
    module: Ident,
    dir: LitStr,
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        input.parse::<Token![mod]>()?;
        let module = input.parse()?;
        input.parse::<Token![=]>()?;
        let dir = input.parse()?;
        Ok(Input { module, dir })
    }
}

#[derive(Default, Clone)]
struct Quals {
    language: Option<String>,
    region: Option<String>,
    device: Option<&'static str>,
    dark: Option<bool>,
    dpi: Option<u16>,
}

fn parse_qualifiers(dir: &str) -> Result<Quals, String> {
    let mut q = Quals::default();
    if dir == "base" {
        return Ok(q);
    }
    for part in dir.split('-') {
        match part {
            "phone" | "tablet" | "tv" | "wearable" | "iot" | "desktop" | "2in1" => {
                q.device = Some(match part {
                    "phone" => "Phone",
                    "tablet" => "Tablet",
                    "tv" => "Tv",
                    "wearable" => "Wearable",
                    "iot" => "Iot",
                    _ => "Desktop",
                });
            }
            "dark" => q.dark = Some(true),
            "light" => q.dark = Some(false),
            "sdpi" => q.dpi = Some(120),
            "mdpi" => q.dpi = Some(160),
            "ldpi" => q.dpi = Some(240),
            "xldpi" => q.dpi = Some(320),
            "xxldpi" => q.dpi = Some(480),
            "xxxldpi" => q.dpi = Some(640),
            locale
                if locale.len() >= 2
                    && locale
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_lowercase()) =>
            {
                let mut it = locale.split('_');
                q.language = it.next().map(str::to_string);
                q.region = it.next().map(str::to_string);
            }
            other => return Err(format!("unknown qualifier `{other}` in folder `{dir}`")),
        }
    }
    Ok(q)
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    String,
    Color,
    Float,
    Integer,
    Boolean,
}

impl Kind {
    fn of(file_key: &str) -> Option<Kind> {
        Some(match file_key {
            "string" => Kind::String,
            "color" => Kind::Color,
            "float" => Kind::Float,
            "integer" => Kind::Integer,
            "boolean" => Kind::Boolean,
            _ => return None,
        })
    }
    fn module(self) -> &'static str {
        match self {
            Kind::String => "string",
            Kind::Color => "color",
            Kind::Float => "float",
            Kind::Integer => "integer",
            Kind::Boolean => "boolean",
        }
    }
}

fn value_tokens(kind: Kind, v: &serde_json::Value) -> Result<TokenStream, String> {
    match kind {
        Kind::String => v
            .as_str()
            .map(|s| quote!(#s))
            .ok_or_else(|| "a string value must be text".into()),
        Kind::Integer => v
            .as_i64()
            .map(|i| quote!(#i))
            .ok_or_else(|| "an integer value must be a whole number".into()),
        Kind::Boolean => v
            .as_bool()
            .map(|b| quote!(#b))
            .ok_or_else(|| "a boolean value must be true or false".into()),
        Kind::Color => {
            let s = v
                .as_str()
                .ok_or("a colour must be a \"#AARRGGBB\" or \"#RRGGBB\" string")?;
            let hex = s
                .strip_prefix('#')
                .ok_or_else(|| format!("colour `{s}` must start with #"))?;
            let n = u32::from_str_radix(hex, 16)
                .map_err(|_| format!("colour `{s}` is not hexadecimal"))?;
            let argb = match hex.len() {
                6 => 0xFF00_0000 | n,
                8 => n,
                _ => return Err(format!("colour `{s}` must have 6 or 8 hex digits")),
            };
            Ok(quote!(::arkui::Color::from_argb(#argb)))
        }
        Kind::Float => {
            let text = match v {
                serde_json::Value::Number(n) => format!("{n}vp"),
                serde_json::Value::String(s) => s.clone(),
                _ => return Err("a float must be a number or a string like \"12vp\"".into()),
            };
            let t = text.trim();
            let (num, unit) = ["vp", "fp", "px", "lpx", "%"]
                .iter()
                .find_map(|u| t.strip_suffix(u).map(|n| (n, *u)))
                .unwrap_or((t, "vp"));
            let x: f32 = num
                .trim()
                .parse()
                .map_err(|_| format!("`{text}` is not a number with a unit"))?;
            Ok(match unit {
                "fp" => quote!(::arkui::Length::Fp(#x)),
                "px" => quote!(::arkui::Length::Px(#x)),
                "lpx" => quote!(::arkui::Length::Lpx(#x)),
                "%" => quote!(::arkui::Length::Percent(#x)),
                _ => quote!(::arkui::Length::Vp(#x)),
            })
        }
    }
}

fn quals_tokens(q: &Quals) -> TokenStream {
    let opt_str = |s: &Option<String>| match s {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    };
    let (language, region) = (opt_str(&q.language), opt_str(&q.region));
    let device = match q.device {
        Some(d) => {
            let d = format_ident!("{d}");
            quote!(::core::option::Option::Some(::arkui::DeviceKind::#d))
        }
        None => quote!(::core::option::Option::None),
    };
    let color = match q.dark {
        Some(true) => quote!(::core::option::Option::Some(::arkui::ColorMode::Dark)),
        Some(false) => quote!(::core::option::Option::Some(::arkui::ColorMode::Light)),
        None => quote!(::core::option::Option::None),
    };
    let dpi = match q.dpi {
        Some(d) => quote!(::core::option::Option::Some(#d)),
        None => quote!(::core::option::Option::None),
    };
    quote!(::arkui::resource::Qualifiers { language: #language, region: #region, device: #device, color_mode: #color, dpi: #dpi })
}

struct Entry {
    base: Option<TokenStream>,
    qualified: Vec<(Quals, TokenStream)>,
}

/// Image formats a `media/` folder may hold.
const MEDIA_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "gif", "webp", "bmp", "svg"];

/// The images of one `media/` folder: name to file.
fn media_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let Ok(list) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    // Dotfiles (.DS_Store, .gitkeep) and folders are not media.
    let mut files: Vec<PathBuf> = list
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    files.sort();
    let mut out: Vec<(String, PathBuf)> = Vec::new();
    for file in files {
        let ext = file
            .extension()
            .map(|x| x.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if !MEDIA_EXTENSIONS.contains(&ext.as_str()) {
            return Err(format!(
                "{}: not an image this framework decodes (png, jpg, gif, webp, bmp, svg)",
                file.display()
            ));
        }
        let name = file
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if syn::parse_str::<Ident>(&name).is_err() {
            return Err(format!(
                "{}: `{name}` is not a valid Rust name; rename the file",
                file.display()
            ));
        }
        if let Some((_, other)) = out.iter().find(|(n, _)| *n == name) {
            return Err(format!(
                "{} and {} are both media `{name}`; keep one",
                other.display(),
                file.display()
            ));
        }
        out.push((name, file));
    }
    Ok(out)
}

/// An `ImageSource` of a compiled-in media file drawn for `dpi`.
fn media_value(file: &Path, dpi: u16) -> TokenStream {
    let path = file.display().to_string();
    quote!(::arkui::ImageSource::Static { bytes: include_bytes!(#path), dpi: #dpi })
}

pub(crate) fn expand(input: Input) -> syn::Result<TokenStream> {
    let err = |m: String| syn::Error::new(input.dir.span(), m);
    let manifest = std::env::var("CARGO_MANIFEST_DIR")
        .map_err(|_| err("CARGO_MANIFEST_DIR is not set".into()))?;
    let root: PathBuf = Path::new(&manifest).join(input.dir.value());
    let folders = std::fs::read_dir(&root).map_err(|e| {
        err(format!(
            "cannot read resource folder {}: {e}",
            root.display()
        ))
    })?;
    let mut entries: BTreeMap<(Kind, String), Entry> = BTreeMap::new();
    let mut media: BTreeMap<String, Entry> = BTreeMap::new();
    let mut files = Vec::new();
    let mut names: Vec<_> = folders
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    names.sort();
    for folder in names {
        let dir_name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let quals = parse_qualifiers(&dir_name).map_err(err)?;
        for (name, file) in media_files(&folder.join("media")).map_err(err)? {
            let e = media.entry(name).or_insert(Entry {
                base: None,
                qualified: Vec::new(),
            });
            if dir_name == "base" {
                e.base = Some(media_value(&file, 160));
                // The base image competes on density too, as mdpi: a 1x screen takes it
                // over a 2x one.
                let mdpi = Quals {
                    dpi: Some(160),
                    ..Quals::default()
                };
                e.qualified.push((mdpi, media_value(&file, 160)));
            } else {
                let v = media_value(&file, quals.dpi.unwrap_or(160));
                e.qualified.push((quals.clone(), v));
            }
        }
        let element = folder.join("element");
        let Ok(list) = std::fs::read_dir(&element) else {
            continue;
        };
        let mut jsons: Vec<_> = list
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        jsons.sort();
        for file in jsons {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| err(format!("cannot read {}: {e}", file.display())))?;
            files.push(file.display().to_string());
            let doc: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| err(format!("{} is not valid JSON: {e}", file.display())))?;
            let Some(obj) = doc.as_object() else {
                return Err(err(format!(
                    "{} must hold an object like {{\"string\": [..]}}",
                    file.display()
                )));
            };
            for (key, items) in obj {
                let kind = Kind::of(key).ok_or_else(|| err(format!("{}: unknown resource type `{key}` (string, color, float, integer, boolean)", file.display())))?;
                for item in items.as_array().into_iter().flatten() {
                    let name = item["name"].as_str().ok_or_else(|| {
                        err(format!("{}: every {key} needs a \"name\"", file.display()))
                    })?;
                    if syn::parse_str::<Ident>(name).is_err() {
                        return Err(err(format!(
                            "{}: `{name}` is not a valid Rust name",
                            file.display()
                        )));
                    }
                    let value = value_tokens(kind, &item["value"])
                        .map_err(|m| err(format!("{}: {key} `{name}`: {m}", file.display())))?;
                    let e = entries.entry((kind, name.to_string())).or_insert(Entry {
                        base: None,
                        qualified: Vec::new(),
                    });
                    if dir_name == "base" {
                        e.base = Some(value);
                    } else {
                        e.qualified.push((quals.clone(), value));
                    }
                }
            }
        }
    }
    let mut modules: BTreeMap<Kind, Vec<TokenStream>> = BTreeMap::new();
    for ((kind, name), e) in entries {
        let Some(base) = e.base else {
            return Err(err(format!(
                "{} `{name}` has qualified values but none in `base/`; add a base value so every device has one",
                kind.module()
            )));
        };
        let ty = match kind {
            Kind::String => quote!(::std::string::String),
            Kind::Color => quote!(::arkui::Color),
            Kind::Float => quote!(::arkui::Length),
            Kind::Integer => quote!(i64),
            Kind::Boolean => quote!(bool),
        };
        let elem_ty = if kind == Kind::String {
            quote!(&'static str)
        } else {
            ty.clone()
        };
        let quals: Vec<TokenStream> = e.qualified.iter().map(|(q, _)| quals_tokens(q)).collect();
        let vals: Vec<&TokenStream> = e.qualified.iter().map(|(_, v)| v).collect();
        let ident = Ident::new(&name, Span::call_site());
        let convert = if kind == Kind::String {
            quote!(.to_string())
        } else {
            quote!()
        };
        let doc = format!(
            "The `{name}` {} resource, chosen for the current locale, device, colour mode and density.",
            kind.module()
        );
        modules.entry(kind).or_default().push(quote! {
            #[doc = #doc]
            pub fn #ident() -> #ty {
                let qualified: &[(::arkui::resource::Qualifiers, #elem_ty)] = &[#((#quals, #vals)),*];
                ::arkui::resource::select(&#base, qualified) #convert
            }
        });
    }
    let mut media_fns = Vec::new();
    for (name, e) in media {
        let Some(base) = e.base else {
            return Err(err(format!(
                "media `{name}` has qualified files but none in `base/media/`; add a base image so every device has one"
            )));
        };
        let quals: Vec<TokenStream> = e.qualified.iter().map(|(q, _)| quals_tokens(q)).collect();
        let vals: Vec<&TokenStream> = e.qualified.iter().map(|(_, v)| v).collect();
        let ident = Ident::new(&name, Span::call_site());
        let doc = format!(
            "The `{name}` image, the file for the closest density (and the current locale, device and colour mode), compiled in."
        );
        media_fns.push(quote! {
            #[doc = #doc]
            pub fn #ident() -> ::arkui::ImageSource {
                let qualified: &[(::arkui::resource::Qualifiers, ::arkui::ImageSource)] = &[#((#quals, #vals)),*];
                ::arkui::resource::select(&#base, qualified)
            }
        });
    }
    let media_mod = (!media_fns.is_empty()).then(|| {
        quote! {
            /// `media` resources: images.
            #[allow(dead_code, reason = "not every resource is used by every build")]
            pub mod media { #(#media_fns)* }
        }
    });
    let module = &input.module;
    let mods = modules.into_iter().map(|(kind, fns)| {
        let m = format_ident!("{}", kind.module());
        quote! {
            #[doc = concat!("`", stringify!(#m), "` resources.")]
            #[allow(dead_code, reason = "not every resource is used by every build")]
            pub mod #m { #(#fns)* }
        }
    });
    let deps = files.iter().map(|f| {
        quote!(
            const _: &[u8] = include_bytes!(#f);
        )
    });
    Ok(quote! {
        /// Typed resources generated by `resources!`.
        pub mod #module {
            #(#deps)*
            #(#mods)*
            #media_mod
        }
    })
}
