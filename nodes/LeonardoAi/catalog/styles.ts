import type { Style } from './types';

/**
 * The styles each model's `style_ids` takes. The UUIDs and their order are the per-model
 * `style_ids.items.enum` of the v2 spec (https://docs.leonardo.ai/reference/creategeneration,
 * updatedAt 2026-09-01): it is what the server validates. The names are the "List of Style IDs"
 * tables of the guide pages (https://docs.leonardo.ai/docs/<slug>); each list says where a page and
 * the spec disagree, or where no page names a UUID.
 */

/** Each style once, with the name the pages give its UUID. */
const STYLE = {
	render3d: { name: '3D Render', id: 'debdf72a-91a4-467b-bf61-cc02bdeb69c6' },
	acrylic: { name: 'Acrylic', id: '3cbb655a-7ca4-463f-b697-8a03ad67327c' },
	animeGeneral: { name: 'Anime General', id: 'b2a54a51-230b-4d4f-ad4e-8409bf58645f' },
	bokeh: { name: 'Bokeh', id: '9fdc5e8c-4d13-49b4-9ce6-5a74cbb19177' },
	cinematic: { name: 'Cinematic', id: 'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436' },
	cinematicCloseUp: { name: 'Cinematic Close-Up', id: 'cc53f935-884c-40a0-b7eb-1f5c42821fb5' },
	cinematicConcept: { name: 'Cinematic Concept', id: '33abbb99-03b9-4dd7-9761-ee98650b2c88' },
	creative: { name: 'Creative', id: '6fedbf1f-4a17-45ec-84fb-92fe524a29ef' },
	dynamic: { name: 'Dynamic', id: '111dc692-d470-4eec-b791-3475abac4c46' },
	fashion: { name: 'Fashion', id: '594c4a08-a522-4e0e-b7ff-e4dac4b6b622' },
	film: { name: 'Film', id: '85da2dcc-c373-464c-9a7a-5624359be859' },
	food: { name: 'Food', id: 'd574325d-1278-4fe2-974b-768525f253c3' },
	gameConcept: { name: 'Game Concept', id: '09d2b5b5-d7c5-4c02-905d-9f84051640f4' },
	graphicDesign2d: { name: 'Graphic Design 2D', id: '703d6fe5-7f1c-4a9e-8da0-5331f214d5cf' },
	graphicDesign3d: { name: 'Graphic Design 3D', id: '7d7c2bc5-4b12-4ac3-81a9-630057e9e89f' },
	graphicDesignPopArt: {
		name: 'Graphic Design Pop Art',
		id: '2e74ec31-f3a4-4825-b08b-2894f6d13941',
	},
	graphicDesignVector: {
		name: 'Graphic Design Vector',
		id: '1fbb6a68-9319-44d2-8d56-2957ca0ece6a',
	},
	hdr: { name: 'HDR', id: '97c20e5c-1af6-4d42-b227-54d03d8f0727' },
	illustration: { name: 'Illustration', id: '645e4195-f63d-4715-a3f2-3fb1e6eb8c70' },
	longExposure: { name: 'Long Exposure', id: '335e6010-a75c-45d9-afc5-032c65e9180e' },
	macro: { name: 'Macro', id: '30c1d34f-e3a9-479a-b56f-c018bbc9c02a' },
	minimalist: { name: 'Minimalist', id: 'cadc8cd6-7838-4c99-b645-df76be8ba8d8' },
	monochrome: { name: 'Monochrome', id: 'a2f7ea66-959b-4bbe-b508-6133238b76b6' },
	moody: { name: 'Moody', id: '621e1c9a-6319-4bee-a12d-ae40659162fa' },
	neutral: { name: 'Neutral', id: '0d914779-c822-430a-b976-30075033f1c4' },
	none: { name: 'None', id: '556c1ee5-ec38-42e8-955a-1e82dad0ffa1' },
	portrait: { name: 'Portrait', id: 'ab5a4220-7c42-41e5-a578-eddb9fed3d75' },
	portraitCinematic: { name: 'Portrait Cinematic', id: '4edb03c9-8a26-4041-9d01-f85b5d4abd71' },
	portraitFashion: { name: 'Portrait Fashion', id: '0d34f8e1-46d4-428f-8ddd-4b11811fa7c9' },
	proBwPhotography: { name: 'Pro B&W photography', id: '22a9a7d2-2166-4d86-80ff-22e2643adbcf' },
	proColorPhotography: {
		name: 'Pro Color Photography',
		id: '7c3f932b-a572-47cb-9b9b-f20211e63b5b',
	},
	proFilmPhotography: { name: 'Pro Film Photography', id: '581ba6d6-5aac-4492-bebe-54c424a0d46e' },
	rayTraced: { name: 'Ray Traced', id: 'b504f83c-3326-4947-82e1-7fe9e839ec0f' },
	retro: { name: 'Retro', id: '6105baa2-851b-446e-9db5-08a671a8c42f' },
	sketchBw: { name: 'Sketch (B&W)', id: 'be8c6b58-739c-4d44-b9c1-b032ed308b61' },
	sketchColor: { name: 'Sketch (Color)', id: '093accc3-7633-4ffd-82da-d34000dfc0d6' },
	stockPhoto: { name: 'Stock Photo', id: '5bdc3f2a-1be6-4d1c-8e77-992a30824a2c' },
	unprocessed: { name: 'Unprocessed', id: '62736842-6e4b-4028-b79a-4f1a1606e893' },
	vibrant: { name: 'Vibrant', id: 'dee282d3-891f-4f73-ba02-7f8131e5541b' },
	watercolor: { name: 'Watercolor', id: '1db308ce-c7ad-4d10-96fd-592fa6b75cc4' },
} satisfies Record<string, Style>;

/**
 * FLUX Dev and FLUX Schnell: the 16 styles of https://docs.leonardo.ai/docs/flux-dev and
 * https://docs.leonardo.ai/docs/flux-schnell; page and spec agree.
 */
export const FLUX_STYLES: Style[] = [
	STYLE.render3d,
	STYLE.acrylic,
	STYLE.animeGeneral,
	STYLE.creative,
	STYLE.dynamic,
	STYLE.fashion,
	STYLE.gameConcept,
	STYLE.graphicDesign3d,
	STYLE.illustration,
	STYLE.portrait,
	STYLE.portraitCinematic,
	STYLE.portraitFashion,
	STYLE.rayTraced,
	STYLE.stockPhoto,
	STYLE.watercolor,
	STYLE.none,
];

/**
 * FLUX.1 Kontext [pro] and Max, FLUX.2 Pro, Nano Banana, Nano Banana Pro, Nano Banana 2 and
 * Nano Banana 2 Lite: one 19-UUID enum in the spec.
 * - https://docs.leonardo.ai/docs/flux-1-kontext-pro and /flux1-kontext-max: the same 19; agree.
 * - https://docs.leonardo.ai/docs/flux-2-pro: no style table (names from the Kontext pages).
 * - https://docs.leonardo.ai/docs/nano-banana, /nano-banana-pro, /nano-banana-2: Portrait is
 *   8e2bc543-6ee2-45f9-bcd9-594b6ce84dcd, which the spec's enum lacks; the enum has
 *   ab5a4220-7c42-41e5-a578-eddb9fed3d75, named Portrait on every other page. The spec's UUID is used.
 * - https://docs.leonardo.ai/docs/nano-banana-2-lite: 18 styles, no Portrait; the spec also takes
 *   ab5a4220-… (Portrait, by the other pages' name).
 */
export const KONTEXT_STYLES: Style[] = [
	STYLE.render3d,
	STYLE.acrylic,
	STYLE.creative,
	STYLE.dynamic,
	STYLE.fashion,
	STYLE.gameConcept,
	STYLE.graphicDesign2d,
	STYLE.graphicDesign3d,
	STYLE.illustration,
	STYLE.portrait,
	STYLE.portraitCinematic,
	STYLE.portraitFashion,
	STYLE.proBwPhotography,
	STYLE.proColorPhotography,
	STYLE.proFilmPhotography,
	STYLE.rayTraced,
	STYLE.stockPhoto,
	STYLE.watercolor,
	STYLE.none,
];

/**
 * GPT Image-1.5, GPT Image 2, GPT Image 2.5 Flare and Sunburst: one 21-UUID enum in the spec.
 * https://docs.leonardo.ai/docs/gpt-image-25-flare and /gpt-image-25-sunburst list the same 21;
 * https://docs.leonardo.ai/docs/gpt-image-1-5 and /gpt-image-2 document no style_ids (names from
 * the 2.5 pages).
 */
export const GPT_IMAGE_STYLES: Style[] = [
	STYLE.render3d,
	STYLE.acrylic,
	STYLE.cinematic,
	STYLE.creative,
	STYLE.dynamic,
	STYLE.fashion,
	STYLE.gameConcept,
	STYLE.graphicDesign2d,
	STYLE.graphicDesign3d,
	STYLE.illustration,
	STYLE.none,
	STYLE.portrait,
	STYLE.portraitCinematic,
	STYLE.portraitFashion,
	STYLE.proBwPhotography,
	STYLE.proColorPhotography,
	STYLE.proFilmPhotography,
	STYLE.rayTraced,
	STYLE.stockPhoto,
	STYLE.vibrant,
	STYLE.watercolor,
];

/**
 * Phoenix 1.0 and 0.9: the 23 styles of https://docs.leonardo.ai/docs/phoenix ("Both Phoenix 1.0
 * and Phoenix 0.9 accept the same set"); page and spec agree. The page writes "Pro color
 * photography" and "Pro film photography" in lower case; the other pages' capitals are kept.
 */
export const PHOENIX_STYLES: Style[] = [
	STYLE.render3d,
	STYLE.bokeh,
	STYLE.cinematic,
	STYLE.cinematicConcept,
	STYLE.creative,
	STYLE.dynamic,
	STYLE.fashion,
	STYLE.graphicDesignPopArt,
	STYLE.graphicDesignVector,
	STYLE.illustration,
	STYLE.macro,
	STYLE.minimalist,
	STYLE.moody,
	STYLE.portrait,
	STYLE.proBwPhotography,
	STYLE.proColorPhotography,
	STYLE.proFilmPhotography,
	STYLE.rayTraced,
	STYLE.sketchBw,
	STYLE.sketchColor,
	STYLE.stockPhoto,
	STYLE.vibrant,
	STYLE.none,
];

/** Lucid Realism: the 21 styles of https://docs.leonardo.ai/docs/lucid-realism; page and spec agree. */
export const LUCID_REALISM_STYLES: Style[] = [
	STYLE.bokeh,
	STYLE.cinematic,
	STYLE.cinematicCloseUp,
	STYLE.creative,
	STYLE.dynamic,
	STYLE.fashion,
	STYLE.film,
	STYLE.food,
	STYLE.hdr,
	STYLE.longExposure,
	STYLE.macro,
	STYLE.minimalist,
	STYLE.monochrome,
	STYLE.moody,
	STYLE.neutral,
	STYLE.portrait,
	STYLE.retro,
	STYLE.stockPhoto,
	STYLE.unprocessed,
	STYLE.vibrant,
	STYLE.none,
];

/**
 * Lucid Origin, Ideogram 3.0, Seedream 4.0 and 4.5: one 8-UUID enum in the spec.
 * https://docs.leonardo.ai/docs/lucid-origin lists the same 8; https://docs.leonardo.ai/docs/ideogram-30,
 * /seedream-4-0 and /seedream-4-5 list 7, without None (556c1ee5-…), which the spec also takes.
 */
export const LUCID_ORIGIN_STYLES: Style[] = [
	STYLE.cinematic,
	STYLE.creative,
	STYLE.dynamic,
	STYLE.fashion,
	STYLE.portrait,
	STYLE.stockPhoto,
	STYLE.vibrant,
	STYLE.none,
];

/**
 * Motion 2.0 and Fast, Hailuo 2.3 and Fast: the spec's "Style IDs for Video Models" enum (37 UUIDs).
 * No page names them (https://docs.leonardo.ai/docs/motion-20 and /motion-20-fast only say "style
 * UUIDs for video models (vibe, lighting, color)"; Hailuo 2.3 has no page): the UUIDs stand alone.
 */
export const VIDEO_STYLES: Style[] = [
	'964d8a8f-865b-48c5-b79e-e75ae8727648',
	'9cdfea2a-b4ab-4e97-a558-ec9fcb78f30a',
	'12b0d8c9-5cf8-4094-a3e5-6809bc269e21',
	'c4ac9781-8624-4b7d-bbed-dedaaf7b9da6',
	'28a53b2e-eb80-41d7-8360-208068fecf49',
	'd28c8f2b-22bb-4c0c-893d-d3835e28f2f7',
	'6078b232-d1be-4a01-9c10-95c05132a8e4',
	'd760b628-4a1d-41cb-bccb-053a13973b94',
	'c39fe4f8-76d6-4aad-899b-e7ca5a4148f3',
	'7d36972e-b9d5-46c7-813d-2c9934f9321b',
	'ff9bfd01-a7ac-4556-889a-25dd5fc0956f',
	'be32c760-2bb3-49ae-83dc-6f9b2d62a97f',
	'1d6e92d2-6e83-4ea2-bd4c-34ddfedfa163',
	'3f705252-1197-4f59-b6ed-21625dce6a65',
	'64b84d56-8b76-4367-95a6-df345a909af0',
	'4b60b356-a4ab-4983-9e9a-30e0d5b27bc6',
	'771bc1bd-0f88-4ff9-af63-f646847ed075',
	'1974bd47-75bb-499a-9c7a-354913904fcf',
	'994e33e6-4862-495d-9efb-d9a09ecdd769',
	'acb9deb3-31e3-495e-ab31-b138fde26bd6',
	'fa347beb-6d70-482d-94a8-a70736e9e7f1',
	'746e70e5-ab4d-4f39-9057-75698cb64bc2',
	'92c2d8d4-9757-4cbf-88f3-d7ea54c425af',
	'21b0a3e9-304a-4ff2-9603-15ddbc5a6b82',
	'dcfb60ca-f165-407f-b01c-2b34d22432c2',
	'913efd9b-1da8-4876-91d3-b6de0aa5582c',
	'9581d460-7023-4d85-b440-9fea8bbfe194',
	'9517dd8e-9588-4fe5-aede-6711438dd420',
	'd26aded5-e191-45d5-9662-db36b7085a76',
	'2380bd07-caf1-4ae6-a348-3bcf4b12f90a',
	'6c27f994-2e03-4d07-95b8-4a5db5bd3a27',
	'1bffb3f3-4110-4185-85f9-f7254ae6f81d',
	'46af026e-d21a-4cf4-a0c0-b482e6800331',
	'9243b709-ed08-49d9-9198-440f2127d3b5',
	'f84bbf31-1d72-415d-ae4c-deb4b18fccba',
	'd838fb14-9719-44f3-877e-da70d072b79c',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
].map((id) => ({ id }));

/**
 * UUIDs in the spec's `style_ids` enums of the legacy SDXL models (kino-xl, anime-xl,
 * portrait-perfect, illustrative-albedo, concept-art, lifelike-vision, graphic-design) that no
 * guide page names: those models have no guide page, and the spec gives UUIDs only. They stand
 * alone (the editor shows the UUID), as the video styles do.
 */
const UNNAMED = {
	// kino-xl; it shares its last three groups with b220bdb6-… below, and its first two with Food
	// (d574325d-1278-4fe2-974b-768525f253c3): as written in the spec, not corrected here
	kino1: { id: 'd574325d-1278-43fc-9159-e8ff2154e9f7' },
	// kino-xl, lifelike-vision
	kinoLifelike: { id: 'b220bdb6-1378-43fc-9159-e8ff2154e9f7' },
	// anime-xl
	anime1: { id: '32b653d2-8819-4363-bc82-a6466dfcb825' },
	anime2: { id: '5f611024-668e-41cc-b538-4569a7985cad' },
	anime3: { id: 'df2def02-1104-46c8-a857-39292fcd9091' },
	anime4: { id: 'aab2fcb9-3600-4039-9c25-a2a26515df5f' },
	anime5: { id: '1824f984-dc0b-4f72-aa32-0442091d488c' },
	anime6: { id: '16818741-bdbb-474f-a7a8-1e33d706658e' },
	anime7: { id: 'bf0b8b5f-735f-4141-a365-8d8aa78fd147' },
	anime8: { id: 'ca934804-ef39-4e1b-af37-608021452444' },
	anime9: { id: 'e89ca6f0-7653-4db6-8a24-ded9d1267d84' },
	// anime-xl, concept-art
	animeConcept1: { id: '5d256598-5671-424c-8152-27943f1000f1' },
	animeConcept2: { id: '726585f5-d231-4a3a-bee9-9a5e5d3df779' },
	// portrait-perfect
	portrait1: { id: 'd4fb14b9-972b-4215-b461-616a51b6eeb8' },
	portrait2: { id: 'c9b08088-f497-4e30-b258-6d535d928cc5' },
	portrait3: { id: '0717967c-1a32-4c67-bc56-b020e97b1b81' },
	portrait4: { id: '39a14739-5d21-420b-a4ef-e8a80978185a' },
	portrait5: { id: '3e645868-7d35-4b8c-974c-10bd8c2de972' },
	// illustrative-albedo, concept-art
	albedoConcept1: { id: '6e13a467-7dde-415a-8020-0ce2b27bc4e8' },
	albedoConcept2: { id: 'e4d8224a-d804-4b00-b383-b1f3213b9faf' },
	albedoConcept3: { id: '5e931eed-1ab9-48a0-aad0-ea5c7d13d472' },
	albedoConcept4: { id: 'fed4e15f-84b3-4f6e-9b20-9d3a3798eab8' },
	// graphic-design
	graphic1: { id: '785d778b-cdd3-4cf5-8ec1-d6e995254077' },
	graphic2: { id: 'ee13fe69-c387-4728-b274-de390a067200' },
} satisfies Record<string, Style>;

/**
 * Cinematic Kino (kino-xl): the spec's KinoXlGenerationRequest enum (21 UUIDs, default Cinematic);
 * no guide page. Lucid Realism's named styles without Long Exposure and Food (in another order),
 * plus two UUIDs no page names.
 */
export const KINO_XL_STYLES: Style[] = [
	STYLE.cinematic,
	STYLE.bokeh,
	STYLE.cinematicCloseUp,
	STYLE.creative,
	STYLE.fashion,
	STYLE.film,
	UNNAMED.kino1,
	STYLE.hdr,
	UNNAMED.kinoLifelike,
	STYLE.macro,
	STYLE.minimalist,
	STYLE.monochrome,
	STYLE.moody,
	STYLE.neutral,
	STYLE.retro,
	STYLE.stockPhoto,
	STYLE.unprocessed,
	STYLE.vibrant,
	STYLE.dynamic,
	STYLE.portrait,
	STYLE.none,
];

/** Anime (anime-xl): the spec's AnimeXlGenerationRequest enum (12 UUIDs, default Anime General); no guide page. */
export const ANIME_XL_STYLES: Style[] = [
	UNNAMED.anime1,
	UNNAMED.anime2,
	UNNAMED.anime3,
	UNNAMED.anime4,
	UNNAMED.anime5,
	UNNAMED.anime6,
	UNNAMED.anime7,
	UNNAMED.animeConcept1,
	UNNAMED.animeConcept2,
	STYLE.animeGeneral,
	UNNAMED.anime8,
	UNNAMED.anime9,
];

/**
 * Portrait Perfect (portrait-perfect): the spec's PortraitPerfectGenerationRequest enum (8 UUIDs,
 * default Portrait Cinematic); no guide page.
 */
export const PORTRAIT_PERFECT_STYLES: Style[] = [
	STYLE.portraitCinematic,
	UNNAMED.portrait1,
	UNNAMED.portrait2,
	UNNAMED.portrait3,
	UNNAMED.portrait4,
	UNNAMED.portrait5,
	STYLE.portraitFashion,
	STYLE.none,
];

/** Stock Photography (stock-photography): the spec's enum, Stock Photo (default) and None; no guide page. */
export const STOCK_PHOTOGRAPHY_STYLES: Style[] = [STYLE.stockPhoto, STYLE.none];

/**
 * Illustrative Albedo (illustrative-albedo): the spec's IllustrativeAlbedoGenerationRequest enum
 * (16 UUIDs, default Illustration); no guide page.
 */
export const ILLUSTRATIVE_ALBEDO_STYLES: Style[] = [
	STYLE.illustration,
	STYLE.render3d,
	STYLE.rayTraced,
	UNNAMED.albedoConcept1,
	STYLE.moody,
	STYLE.portrait,
	STYLE.animeGeneral,
	UNNAMED.albedoConcept2,
	UNNAMED.albedoConcept3,
	STYLE.minimalist,
	STYLE.food,
	UNNAMED.albedoConcept4,
	STYLE.sketchBw,
	STYLE.sketchColor,
	STYLE.dynamic,
	STYLE.none,
];

/**
 * Concept Art (concept-art): the spec's ConceptArtGenerationRequest enum (8 UUIDs, default
 * 726585f5-…, which no page names; no None); no guide page.
 */
export const CONCEPT_ART_STYLES: Style[] = [
	UNNAMED.animeConcept2,
	UNNAMED.animeConcept1,
	STYLE.gameConcept,
	UNNAMED.albedoConcept1,
	STYLE.cinematicConcept,
	UNNAMED.albedoConcept4,
	UNNAMED.albedoConcept3,
	UNNAMED.albedoConcept2,
];

/**
 * Lifelike Vision (lifelike-vision): the spec's LifelikeVisionGenerationRequest enum (20 UUIDs,
 * default Dynamic); no guide page.
 */
export const LIFELIKE_VISION_STYLES: Style[] = [
	STYLE.creative,
	STYLE.render3d,
	STYLE.cinematic,
	STYLE.portrait,
	STYLE.illustration,
	STYLE.fashion,
	STYLE.vibrant,
	STYLE.rayTraced,
	STYLE.retro,
	STYLE.moody,
	STYLE.monochrome,
	STYLE.minimalist,
	STYLE.macro,
	UNNAMED.kinoLifelike,
	STYLE.film,
	STYLE.hdr,
	STYLE.cinematicCloseUp,
	STYLE.bokeh,
	STYLE.dynamic,
	STYLE.none,
];

/**
 * Graphic Design (graphic-design): the spec's GraphicDesignGenerationRequest enum (7 UUIDs,
 * default Graphic Design 2D); no guide page.
 */
export const GRAPHIC_DESIGN_STYLES: Style[] = [
	STYLE.graphicDesign2d,
	STYLE.graphicDesign3d,
	STYLE.graphicDesignVector,
	STYLE.graphicDesignPopArt,
	STYLE.none,
	UNNAMED.graphic1,
	UNNAMED.graphic2,
];

/**
 * Leonardo Lightning (lightning-xl): the spec's LightningXlGenerationRequest enum (22 UUIDs,
 * default Dynamic); no guide page. Every UUID is named on some page.
 */
export const LIGHTNING_XL_STYLES: Style[] = [
	STYLE.cinematic,
	STYLE.vibrant,
	STYLE.illustration,
	STYLE.creative,
	STYLE.fashion,
	STYLE.stockPhoto,
	STYLE.portrait,
	STYLE.render3d,
	STYLE.rayTraced,
	STYLE.unprocessed,
	STYLE.retro,
	STYLE.neutral,
	STYLE.monochrome,
	STYLE.moody,
	STYLE.minimalist,
	STYLE.food,
	STYLE.film,
	STYLE.bokeh,
	STYLE.sketchBw,
	STYLE.sketchColor,
	STYLE.dynamic,
	STYLE.none,
];
