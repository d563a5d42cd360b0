'use strict';
// The v2 models the sandbox knows (POST /v2/generations, GET /v2/models): per model id, the rules
// Leonardo's server applies, written from docs.leonardo.ai (guide page cited with its updatedAt) and
// the v2 OpenAPI spec embedded in https://docs.leonardo.ai/reference/creategeneration (updatedAt
// 2026-09-01, "the spec"). Where page and spec disagree the sandbox follows the spec (it is what the
// server validates) and the comment says so. Written independently of the node's own catalog.
//
// Common to every model (spec; https://docs.leonardo.ai/docs/remove-bg, updatedAt 2026-09-02):
// top-level keys are only model, public, parameters; "Unknown keys under parameters are rejected,
// not ignored"; width and height are sent together or not at all; every image guidance item is
// { image: { id | url | data, type, width?, height? }, order? } with image.type one of the spec's
// UPLOADED | GENERATED | VARIATION | URL | BASE64 (pages that list INIT / GENERATION, or only
// GENERATED / UPLOADED, disagree with the spec's enum: the spec wins).
const crypto = require('crypto');

const { uploadedMediaKind } = require('./media');
const { IMAGE_TOOL_MODELS } = require('./imageTools');
const { AUDIO3D_MODELS, isGeneratedAudio } = require('./audio3d');

const IMAGE_TYPES = ['UPLOADED', 'GENERATED', 'VARIATION', 'URL', 'BASE64'];
const MEDIA_TYPES = ['UPLOADED', 'GENERATED'];
const LMH = ['LOW', 'MID', 'HIGH'];
const STYLE_STRENGTHS = ['LOW', 'MID', 'HIGH', 'ULTRA', 'MAX'];
// Content reference strengths: the FLUX Dev and Lucid pages list LOW/MID/HIGH; the spec's enum is
// LOW/MID/HIGH/ULTRA in every schema with a content guidance (FluxDevGenerationRequest,
// LucidOriginGenerationRequest, …) — the spec wins.
const CONTENT_STRENGTHS = ['LOW', 'MID', 'HIGH', 'ULTRA'];
// prompt_enhance: the GPT Image 1.5/2, Ideogram 3.0, Nano Banana (Pro, 2) and Seedream 4.0/4.5 pages
// list ON/OFF only; the spec's schema for each has enum AUTO/ON/OFF, default AUTO (read in
// openapi-v2-creategeneration, e.g. Seedream4_5GenerationRequest) — the spec wins.
const AUTO_ON_OFF = ['AUTO', 'ON', 'OFF'];
const U32 = 4294967295;
const I31 = 2147483647;
// The seed maximum of the Gemini / Nano Banana and Seedream 4.0 / 4.5 schemas (Leonardo v2 OpenAPI spec,
// Gemini2_5FlashImageGenerationRequest, GeminiImage2GenerationRequest, NanoBanana2GenerationRequest,
// NanoBanana2LiteGenerationRequest, Seedream4_0GenerationRequest, Seedream4_5GenerationRequest).
const SEED_MAX_GOOGLE_SEEDREAM = 2147483638;

// ---- rule builders ------------------------------------------------------------------------------
const int = (min, max) => ({ type: 'int', min, max });
const num = (min, max) => ({ type: 'number', min, max });
const oneOf = (...values) => ({ type: 'enum', values });
const bool = { type: 'bool' };
const text = (max) => ({ type: 'string', max });
const styles = (max) => ({ type: 'styles', max });
const loras = (key, max) => ({ type: 'loras', key, max });
const legacyStartFrame = { type: 'startFrameObject' };
/**
 * user_elements / platform_elements as the SDXL-family schemas print them: an array (maxItems) whose
 * items the spec describes only by `weight` minimum 0 — no item key, no weight maximum.
 */
const elements = (max) => ({ type: 'elements', max });
const span = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const durations = (...values) => oneOf(...values);

/** Image guidance (image_reference, start_frame, end_frame, legacy style/content/…). */
const images = (max, extra = {}) => ({ item: 'image', max, ...extra });
/** Legacy guidance: `strength` required, from its enum (spec, verified on phoenix-v0.9, flux-schnell). */
const legacy = (max, strengths) => images(max, { strengths, strengthRequired: true });
/**
 * The spec's new-style image_reference item is { image, order }: no `strength` property. The item
 * objects carry no additionalProperties:false, so whether the server refuses a `strength` key:
 * no source found — the sandbox accepts it (checking the page's enum when the page documents one).
 */
const reference = (max, strengths = LMH) => images(max, { strengths });
const videos = (max, extra = {}) => ({ item: 'video', max, ...extra });
const audios = (max, extra = {}) => ({ item: 'audio', max, ...extra });
const webpages = (max) => ({ item: 'webpage', max });
const frames = { start_frame: reference(1), end_frame: reference(1) };

const pairs = (...list) => ({ pairs: list });
const withZero = (rule) => ({ ...rule, zero: true });
const range = (min, max, multiple = 1, extra = {}) => ({ range: { min, max, multiple, ...extra } });
const each = (width, height = width) => ({ each: { width, height } });

// Sizes shared by several video pages.
const P720 = [
	[1280, 720],
	[960, 960],
	[720, 1280],
];
const P1080 = [
	[1920, 1080],
	[1440, 1440],
	[1080, 1920],
];
// HappyHorseGenerationRequest's pairs (spec), by short side.
const HAPPY_HORSE_720 = [
	[1280, 720],
	[720, 1280],
	[720, 720],
	[960, 720],
	[720, 960],
];
const HAPPY_HORSE_1080 = [
	[1920, 1080],
	[1080, 1920],
	[1080, 1080],
	[1440, 1080],
	[1080, 1440],
];

// Hailuo23 / Hailuo23Fast …GenerationRequest's pairs (spec), by short side (768 / 1080).
const HAILUO23_768 = [
	[1376, 768],
	[768, 1376],
	[768, 768],
];
const HAILUO23_1080 = [
	[1920, 1080],
	[1080, 1920],
	[1080, 1080],
];

/** Image parameters most image pages share. */
const imageParams = (extra = {}) => ({
	quantity: int(1, 8),
	seed: int(0, U32),
	prompt_enhance: oneOf(...AUTO_ON_OFF),
	style_ids: styles(1),
	...extra,
});

// ---- style_ids enums ---------------------------------------------------------------------------
// Each schema's `style_ids.items.enum` in the spec (https://docs.leonardo.ai/reference/creategeneration,
// updatedAt 2026-09-01), copied in the spec's order; schemas whose enums are equal share a list. Written
// from the spec alone — not from the node's catalog — so a wrong entry on one side fails the tests.
// Where a guide page lists a UUID the enum lacks (Nano Banana / Pro / 2: Portrait
// 8e2bc543-6ee2-45f9-bcd9-594b6ce84dcd), the server refuses it: the spec wins.
// FluxDev / FluxSchnell (16)
const FLUX_DEV_STYLE_ENUM = [
	'debdf72a-91a4-467b-bf61-cc02bdeb69c6',
	'3cbb655a-7ca4-463f-b697-8a03ad67327c',
	'b2a54a51-230b-4d4f-ad4e-8409bf58645f',
	'6fedbf1f-4a17-45ec-84fb-92fe524a29ef',
	'111dc692-d470-4eec-b791-3475abac4c46',
	'594c4a08-a522-4e0e-b7ff-e4dac4b6b622',
	'09d2b5b5-d7c5-4c02-905d-9f84051640f4',
	'7d7c2bc5-4b12-4ac3-81a9-630057e9e89f',
	'645e4195-f63d-4715-a3f2-3fb1e6eb8c70',
	'ab5a4220-7c42-41e5-a578-eddb9fed3d75',
	'4edb03c9-8a26-4041-9d01-f85b5d4abd71',
	'0d34f8e1-46d4-428f-8ddd-4b11811fa7c9',
	'b504f83c-3326-4947-82e1-7fe9e839ec0f',
	'5bdc3f2a-1be6-4d1c-8e77-992a30824a2c',
	'1db308ce-c7ad-4d10-96fd-592fa6b75cc4',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
];
// FluxKontextPro / Max, FluxPro2_0, Gemini2_5FlashImage, GeminiImage2, NanoBanana2, NanoBanana2Lite (19)
const KONTEXT_STYLE_ENUM = [
	'debdf72a-91a4-467b-bf61-cc02bdeb69c6',
	'3cbb655a-7ca4-463f-b697-8a03ad67327c',
	'6fedbf1f-4a17-45ec-84fb-92fe524a29ef',
	'111dc692-d470-4eec-b791-3475abac4c46',
	'594c4a08-a522-4e0e-b7ff-e4dac4b6b622',
	'09d2b5b5-d7c5-4c02-905d-9f84051640f4',
	'703d6fe5-7f1c-4a9e-8da0-5331f214d5cf',
	'7d7c2bc5-4b12-4ac3-81a9-630057e9e89f',
	'645e4195-f63d-4715-a3f2-3fb1e6eb8c70',
	'ab5a4220-7c42-41e5-a578-eddb9fed3d75',
	'4edb03c9-8a26-4041-9d01-f85b5d4abd71',
	'0d34f8e1-46d4-428f-8ddd-4b11811fa7c9',
	'22a9a7d2-2166-4d86-80ff-22e2643adbcf',
	'7c3f932b-a572-47cb-9b9b-f20211e63b5b',
	'581ba6d6-5aac-4492-bebe-54c424a0d46e',
	'b504f83c-3326-4947-82e1-7fe9e839ec0f',
	'5bdc3f2a-1be6-4d1c-8e77-992a30824a2c',
	'1db308ce-c7ad-4d10-96fd-592fa6b75cc4',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
];
// GptImage1_5, GptImage2, Openai_gptImage2_5Flare / Sunburst (21)
const GPT_STYLE_ENUM = [
	'debdf72a-91a4-467b-bf61-cc02bdeb69c6',
	'3cbb655a-7ca4-463f-b697-8a03ad67327c',
	'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436',
	'6fedbf1f-4a17-45ec-84fb-92fe524a29ef',
	'111dc692-d470-4eec-b791-3475abac4c46',
	'594c4a08-a522-4e0e-b7ff-e4dac4b6b622',
	'09d2b5b5-d7c5-4c02-905d-9f84051640f4',
	'703d6fe5-7f1c-4a9e-8da0-5331f214d5cf',
	'7d7c2bc5-4b12-4ac3-81a9-630057e9e89f',
	'645e4195-f63d-4715-a3f2-3fb1e6eb8c70',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
	'ab5a4220-7c42-41e5-a578-eddb9fed3d75',
	'4edb03c9-8a26-4041-9d01-f85b5d4abd71',
	'0d34f8e1-46d4-428f-8ddd-4b11811fa7c9',
	'22a9a7d2-2166-4d86-80ff-22e2643adbcf',
	'7c3f932b-a572-47cb-9b9b-f20211e63b5b',
	'581ba6d6-5aac-4492-bebe-54c424a0d46e',
	'b504f83c-3326-4947-82e1-7fe9e839ec0f',
	'5bdc3f2a-1be6-4d1c-8e77-992a30824a2c',
	'dee282d3-891f-4f73-ba02-7f8131e5541b',
	'1db308ce-c7ad-4d10-96fd-592fa6b75cc4',
];
// PhoenixV0_9 / PhoenixV1_0 (23)
const PHOENIX_STYLE_ENUM = [
	'debdf72a-91a4-467b-bf61-cc02bdeb69c6',
	'9fdc5e8c-4d13-49b4-9ce6-5a74cbb19177',
	'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436',
	'33abbb99-03b9-4dd7-9761-ee98650b2c88',
	'6fedbf1f-4a17-45ec-84fb-92fe524a29ef',
	'111dc692-d470-4eec-b791-3475abac4c46',
	'594c4a08-a522-4e0e-b7ff-e4dac4b6b622',
	'2e74ec31-f3a4-4825-b08b-2894f6d13941',
	'1fbb6a68-9319-44d2-8d56-2957ca0ece6a',
	'645e4195-f63d-4715-a3f2-3fb1e6eb8c70',
	'30c1d34f-e3a9-479a-b56f-c018bbc9c02a',
	'cadc8cd6-7838-4c99-b645-df76be8ba8d8',
	'621e1c9a-6319-4bee-a12d-ae40659162fa',
	'ab5a4220-7c42-41e5-a578-eddb9fed3d75',
	'22a9a7d2-2166-4d86-80ff-22e2643adbcf',
	'7c3f932b-a572-47cb-9b9b-f20211e63b5b',
	'581ba6d6-5aac-4492-bebe-54c424a0d46e',
	'b504f83c-3326-4947-82e1-7fe9e839ec0f',
	'be8c6b58-739c-4d44-b9c1-b032ed308b61',
	'093accc3-7633-4ffd-82da-d34000dfc0d6',
	'5bdc3f2a-1be6-4d1c-8e77-992a30824a2c',
	'dee282d3-891f-4f73-ba02-7f8131e5541b',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
];
// LucidRealism (21)
const LUCID_REALISM_STYLE_ENUM = [
	'9fdc5e8c-4d13-49b4-9ce6-5a74cbb19177',
	'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436',
	'cc53f935-884c-40a0-b7eb-1f5c42821fb5',
	'6fedbf1f-4a17-45ec-84fb-92fe524a29ef',
	'111dc692-d470-4eec-b791-3475abac4c46',
	'594c4a08-a522-4e0e-b7ff-e4dac4b6b622',
	'85da2dcc-c373-464c-9a7a-5624359be859',
	'd574325d-1278-4fe2-974b-768525f253c3',
	'97c20e5c-1af6-4d42-b227-54d03d8f0727',
	'335e6010-a75c-45d9-afc5-032c65e9180e',
	'30c1d34f-e3a9-479a-b56f-c018bbc9c02a',
	'cadc8cd6-7838-4c99-b645-df76be8ba8d8',
	'a2f7ea66-959b-4bbe-b508-6133238b76b6',
	'621e1c9a-6319-4bee-a12d-ae40659162fa',
	'0d914779-c822-430a-b976-30075033f1c4',
	'ab5a4220-7c42-41e5-a578-eddb9fed3d75',
	'6105baa2-851b-446e-9db5-08a671a8c42f',
	'5bdc3f2a-1be6-4d1c-8e77-992a30824a2c',
	'62736842-6e4b-4028-b79a-4f1a1606e893',
	'dee282d3-891f-4f73-ba02-7f8131e5541b',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
];
// LucidOrigin, IdeogramV3_0, Seedream4_0, Seedream4_5 (8)
const EIGHT_STYLE_ENUM = [
	'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436',
	'6fedbf1f-4a17-45ec-84fb-92fe524a29ef',
	'111dc692-d470-4eec-b791-3475abac4c46',
	'594c4a08-a522-4e0e-b7ff-e4dac4b6b622',
	'ab5a4220-7c42-41e5-a578-eddb9fed3d75',
	'5bdc3f2a-1be6-4d1c-8e77-992a30824a2c',
	'dee282d3-891f-4f73-ba02-7f8131e5541b',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
];
// "Style IDs for Video Models": Motion2_0 / Fast, Hailuo23 / Fast (37)
const VIDEO_STYLE_ENUM = [
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
];
// The SDXL-family schemas without a guide page (read in the spec, spec order). KinoXl (21)
const KINO_STYLE_ENUM = [
	'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436',
	'9fdc5e8c-4d13-49b4-9ce6-5a74cbb19177',
	'cc53f935-884c-40a0-b7eb-1f5c42821fb5',
	'6fedbf1f-4a17-45ec-84fb-92fe524a29ef',
	'594c4a08-a522-4e0e-b7ff-e4dac4b6b622',
	'85da2dcc-c373-464c-9a7a-5624359be859',
	'd574325d-1278-43fc-9159-e8ff2154e9f7', // as printed (LucidRealism's is d574325d-1278-4fe2-…)
	'97c20e5c-1af6-4d42-b227-54d03d8f0727',
	'b220bdb6-1378-43fc-9159-e8ff2154e9f7',
	'30c1d34f-e3a9-479a-b56f-c018bbc9c02a',
	'cadc8cd6-7838-4c99-b645-df76be8ba8d8',
	'a2f7ea66-959b-4bbe-b508-6133238b76b6',
	'621e1c9a-6319-4bee-a12d-ae40659162fa',
	'0d914779-c822-430a-b976-30075033f1c4',
	'6105baa2-851b-446e-9db5-08a671a8c42f',
	'5bdc3f2a-1be6-4d1c-8e77-992a30824a2c',
	'62736842-6e4b-4028-b79a-4f1a1606e893',
	'dee282d3-891f-4f73-ba02-7f8131e5541b',
	'111dc692-d470-4eec-b791-3475abac4c46',
	'ab5a4220-7c42-41e5-a578-eddb9fed3d75',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
];
// AnimeXl (12)
const ANIME_STYLE_ENUM = [
	'32b653d2-8819-4363-bc82-a6466dfcb825',
	'5f611024-668e-41cc-b538-4569a7985cad',
	'df2def02-1104-46c8-a857-39292fcd9091',
	'aab2fcb9-3600-4039-9c25-a2a26515df5f',
	'1824f984-dc0b-4f72-aa32-0442091d488c',
	'16818741-bdbb-474f-a7a8-1e33d706658e',
	'bf0b8b5f-735f-4141-a365-8d8aa78fd147',
	'5d256598-5671-424c-8152-27943f1000f1',
	'726585f5-d231-4a3a-bee9-9a5e5d3df779',
	'b2a54a51-230b-4d4f-ad4e-8409bf58645f',
	'ca934804-ef39-4e1b-af37-608021452444',
	'e89ca6f0-7653-4db6-8a24-ded9d1267d84',
];
// PortraitPerfect (8)
const PORTRAIT_STYLE_ENUM = [
	'4edb03c9-8a26-4041-9d01-f85b5d4abd71',
	'd4fb14b9-972b-4215-b461-616a51b6eeb8',
	'c9b08088-f497-4e30-b258-6d535d928cc5',
	'0717967c-1a32-4c67-bc56-b020e97b1b81',
	'39a14739-5d21-420b-a4ef-e8a80978185a',
	'3e645868-7d35-4b8c-974c-10bd8c2de972',
	'0d34f8e1-46d4-428f-8ddd-4b11811fa7c9',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
];
// StockPhotography (2)
const STOCK_STYLE_ENUM = [
	'5bdc3f2a-1be6-4d1c-8e77-992a30824a2c',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
];
// IllustrativeAlbedo (16)
const ALBEDO_STYLE_ENUM = [
	'645e4195-f63d-4715-a3f2-3fb1e6eb8c70',
	'debdf72a-91a4-467b-bf61-cc02bdeb69c6',
	'b504f83c-3326-4947-82e1-7fe9e839ec0f',
	'6e13a467-7dde-415a-8020-0ce2b27bc4e8',
	'621e1c9a-6319-4bee-a12d-ae40659162fa',
	'ab5a4220-7c42-41e5-a578-eddb9fed3d75',
	'b2a54a51-230b-4d4f-ad4e-8409bf58645f',
	'e4d8224a-d804-4b00-b383-b1f3213b9faf',
	'5e931eed-1ab9-48a0-aad0-ea5c7d13d472',
	'cadc8cd6-7838-4c99-b645-df76be8ba8d8',
	'd574325d-1278-4fe2-974b-768525f253c3',
	'fed4e15f-84b3-4f6e-9b20-9d3a3798eab8',
	'be8c6b58-739c-4d44-b9c1-b032ed308b61',
	'093accc3-7633-4ffd-82da-d34000dfc0d6',
	'111dc692-d470-4eec-b791-3475abac4c46',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
];
// ConceptArt (8)
const CONCEPT_ART_STYLE_ENUM = [
	'726585f5-d231-4a3a-bee9-9a5e5d3df779',
	'5d256598-5671-424c-8152-27943f1000f1',
	'09d2b5b5-d7c5-4c02-905d-9f84051640f4',
	'6e13a467-7dde-415a-8020-0ce2b27bc4e8',
	'33abbb99-03b9-4dd7-9761-ee98650b2c88',
	'fed4e15f-84b3-4f6e-9b20-9d3a3798eab8',
	'5e931eed-1ab9-48a0-aad0-ea5c7d13d472',
	'e4d8224a-d804-4b00-b383-b1f3213b9faf',
];
// LifelikeVision (20)
const LIFELIKE_STYLE_ENUM = [
	'6fedbf1f-4a17-45ec-84fb-92fe524a29ef',
	'debdf72a-91a4-467b-bf61-cc02bdeb69c6',
	'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436',
	'ab5a4220-7c42-41e5-a578-eddb9fed3d75',
	'645e4195-f63d-4715-a3f2-3fb1e6eb8c70',
	'594c4a08-a522-4e0e-b7ff-e4dac4b6b622',
	'dee282d3-891f-4f73-ba02-7f8131e5541b',
	'b504f83c-3326-4947-82e1-7fe9e839ec0f',
	'6105baa2-851b-446e-9db5-08a671a8c42f',
	'621e1c9a-6319-4bee-a12d-ae40659162fa',
	'a2f7ea66-959b-4bbe-b508-6133238b76b6',
	'cadc8cd6-7838-4c99-b645-df76be8ba8d8',
	'30c1d34f-e3a9-479a-b56f-c018bbc9c02a',
	'b220bdb6-1378-43fc-9159-e8ff2154e9f7',
	'85da2dcc-c373-464c-9a7a-5624359be859',
	'97c20e5c-1af6-4d42-b227-54d03d8f0727',
	'cc53f935-884c-40a0-b7eb-1f5c42821fb5',
	'9fdc5e8c-4d13-49b4-9ce6-5a74cbb19177',
	'111dc692-d470-4eec-b791-3475abac4c46',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
];
// GraphicDesign (7)
const GRAPHIC_DESIGN_STYLE_ENUM = [
	'703d6fe5-7f1c-4a9e-8da0-5331f214d5cf',
	'7d7c2bc5-4b12-4ac3-81a9-630057e9e89f',
	'1fbb6a68-9319-44d2-8d56-2957ca0ece6a',
	'2e74ec31-f3a4-4825-b08b-2894f6d13941',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
	'785d778b-cdd3-4cf5-8ec1-d6e995254077',
	'ee13fe69-c387-4728-b274-de390a067200',
];
// LightningXl (22)
const LIGHTNING_STYLE_ENUM = [
	'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436',
	'dee282d3-891f-4f73-ba02-7f8131e5541b',
	'645e4195-f63d-4715-a3f2-3fb1e6eb8c70',
	'6fedbf1f-4a17-45ec-84fb-92fe524a29ef',
	'594c4a08-a522-4e0e-b7ff-e4dac4b6b622',
	'5bdc3f2a-1be6-4d1c-8e77-992a30824a2c',
	'ab5a4220-7c42-41e5-a578-eddb9fed3d75',
	'debdf72a-91a4-467b-bf61-cc02bdeb69c6',
	'b504f83c-3326-4947-82e1-7fe9e839ec0f',
	'62736842-6e4b-4028-b79a-4f1a1606e893',
	'6105baa2-851b-446e-9db5-08a671a8c42f',
	'0d914779-c822-430a-b976-30075033f1c4',
	'a2f7ea66-959b-4bbe-b508-6133238b76b6',
	'621e1c9a-6319-4bee-a12d-ae40659162fa',
	'cadc8cd6-7838-4c99-b645-df76be8ba8d8',
	'd574325d-1278-4fe2-974b-768525f253c3',
	'85da2dcc-c373-464c-9a7a-5624359be859',
	'9fdc5e8c-4d13-49b4-9ce6-5a74cbb19177',
	'be8c6b58-739c-4d44-b9c1-b032ed308b61',
	'093accc3-7633-4ffd-82da-d34000dfc0d6',
	'111dc692-d470-4eec-b791-3475abac4c46',
	'556c1ee5-ec38-42e8-955a-1e82dad0ffa1',
];

const MODELS = {
	// ================================ IMAGE MODELS ================================================
	// https://docs.leonardo.ai/docs/flux-dev (updatedAt 2026-07-10): prompt 1–2000, 480–2048 in steps
	// of 8, quantity 1–8, seed 0–2147483637, prompt_enhance AUTO/ON/OFF, style_ids ≤1, user_elements ≤4
	// { userLoraId, weight −2..2 }, platform_elements ≤4 { akUUID, weight }; style ×1 (LOW..MAX),
	// content ×1 (LOW/MID/HIGH) with strength. From the reference sheet only.
	'flux-dev': {
		kind: 'image',
		name: 'FLUX Dev',
		prompt: 2000,
		size: range(480, 2048, 8),
		params: imageParams({
			seed: int(0, 2147483637),
			user_elements: loras('userLoraId', 4),
			platform_elements: loras('akUUID', 4),
		}),
		guidances: { style: legacy(1, STYLE_STRENGTHS), content: legacy(1, CONTENT_STRENGTHS) },
	},
	// https://docs.leonardo.ai/docs/flux-schnell (updatedAt 2026-07-10): 32–2048 ×8; content strength
	// LOW/MID/HIGH on the page, the spec adds ULTRA (spec followed). From the reference sheet only.
	'flux-schnell': {
		kind: 'image',
		name: 'FLUX Schnell',
		prompt: 2000,
		size: range(32, 2048, 8),
		params: imageParams({ seed: int(0, 2147483637) }),
		guidances: {
			style: legacy(1, STYLE_STRENGTHS),
			content: legacy(1, ['LOW', 'MID', 'HIGH', 'ULTRA']),
		},
	},
	// https://docs.leonardo.ai/docs/flux-1-kontext-pro (updatedAt 2026-07-10): prompt ≤9999, 32–2048,
	// quantity 1–8, seed 0–2147483637, image_reference ≤4 with strength LOW/MID/HIGH. Reference sheet only.
	'flux-kontext-pro': {
		kind: 'image',
		name: 'FLUX.1 Kontext [pro]',
		prompt: 9999,
		size: range(32, 2048),
		params: imageParams({ seed: int(0, 2147483637) }),
		guidances: { image_reference: reference(4) },
	},
	// https://docs.leonardo.ai/docs/flux1-kontext-max (updatedAt 2026-07-10): as Kontext pro, seed
	// 0–4294967295. From the reference sheet only.
	'flux-kontext-max': {
		kind: 'image',
		name: 'FLUX.1 Kontext Max',
		prompt: 9999,
		size: range(32, 2048),
		params: imageParams(),
		guidances: { image_reference: reference(4) },
	},
	// https://docs.leonardo.ai/docs/flux-2-pro (updatedAt 2026-01-22): page 256–1440, prompt_enhance
	// ON/OFF; the spec says 64–14142 and AUTO/ON/OFF, prompt ≤9999 (spec followed); image_reference ≤4,
	// spec item { image, order } (strength: see `reference`). Reference sheet only for the page.
	'flux-pro-2.0': {
		kind: 'image',
		name: 'FLUX.2 Pro',
		prompt: 9999,
		size: range(64, 14142),
		params: imageParams(),
		guidances: { image_reference: reference(4) },
	},
	// https://docs.leonardo.ai/docs/gpt-image-1-5 (updatedAt 2026-06-29, page read): quality
	// LOW/MEDIUM/HIGH, sizes 1024×1536, 1024×1024, 1536×1024, quantity, seed, prompt_enhance ON/OFF,
	// image_reference ≤6 with strength LOW/MID/HIGH. `mode` retired 2026-05-04 ("any requests that
	// include mode will return a validation error"). No prompt or quantity limit on the page: 9999 and
	// 1–8 as the other image models (no source found). A third-party table generated from the spec
	// shows no seed; not verified in the spec itself, so the page's seed is kept. style_ids and
	// `transparency` (spec, via the third-party table; its type: no source found, boolean assumed)
	// from the reference sheet only.
	'gpt-image-1.5': {
		kind: 'image',
		name: 'GPT Image-1.5',
		prompt: 9999,
		size: pairs([1024, 1536], [1024, 1024], [1536, 1024]),
		params: imageParams({
			quality: oneOf('LOW', 'MEDIUM', 'HIGH'),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			transparency: bool,
		}),
		modeRetired: true,
		guidances: { image_reference: reference(6) },
	},
	// https://docs.leonardo.ai/docs/gpt-image-2 (updatedAt 2026-07-29): quality LOW/MEDIUM/HIGH,
	// quantity 1–8, width/height free with constraints (max side < 3840, multiples of 16, long/short
	// ≤ 3, 655,360 ≤ w·h ≤ 8,294,400), prompt_enhance ON/OFF, no seed; image_reference ≤6, "does not
	// use strength" (a `strength` key: rejection not documented, accepted — no source found). The
	// third-party spec table says "listed pairs ≤3808×3584" without the list: the page's rule is kept.
	// From the reference sheet only.
	'gpt-image-2': {
		kind: 'image',
		name: 'GPT Image 2',
		prompt: 9999,
		size: { gptImage2: true },
		params: {
			quantity: int(1, 8),
			quality: oneOf('LOW', 'MEDIUM', 'HIGH'),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			style_ids: styles(1),
			transparency: bool,
		},
		guidances: { image_reference: reference(6, null) },
	},
	// https://docs.leonardo.ai/docs/gpt-image-25-flare (updatedAt 2026-09-09): prompt ≤9999, quality
	// LOW/MEDIUM/HIGH/XHIGH/MAX, quantity 1–8, each side from a list (0/auto not allowed),
	// prompt_enhance AUTO/ON/OFF, style_ids ≤1, image_reference ≤16, no strength, no seed.
	// From the reference sheet only.
	'openai/gpt-image-2.5-flare': gpt25('GPT Image 2.5 Flare'),
	// https://docs.leonardo.ai/docs/gpt-image-25-sunburst (updatedAt 2026-09-09): identical to Flare.
	// From the reference sheet only.
	'openai/gpt-image-2.5-sunburst': gpt25('GPT Image 2.5 Sunburst'),
	// https://docs.leonardo.ai/docs/ideogram-30 (updatedAt 2026-06-29): quality TURBO/BALANCED/QUALITY
	// (`mode` retired 2026-05-04; the page's own sample sends "MEDIUM", outside its enum: refused),
	// width/height 32–2048 (spec, via third-party table), quantity ≤8, seed, prompt_enhance ON/OFF,
	// style_ids, negative_prompt (spec table; length: no source found, 1000 assumed); no guidances.
	// From the reference sheet only.
	'ideogram-v3.0': {
		kind: 'image',
		name: 'Ideogram 3.0',
		prompt: 9999,
		size: range(32, 2048),
		params: imageParams({
			// Leonardo v2 OpenAPI spec, IdeogramV3_0GenerationRequest: seed 0–2147483647.
			seed: int(0, I31),
			quality: oneOf('TURBO', 'BALANCED', 'QUALITY'),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			negative_prompt: text(1000),
		}),
		modeRetired: true,
		guidances: {},
	},
	// https://docs.leonardo.ai/docs/ideogram-45 (updatedAt 2026-10-07): prompt 1–10000, quality
	// VERY_LOW/LOW/MEDIUM/HIGH, quantity 1–8, seed 0–2147483647, prompt_enhance AUTO/ON/OFF, each side
	// from a list, no style_ids, image_reference ≤5 (no strength listed). Reference sheet only.
	'ideogram/ideogram-4.5': {
		kind: 'image',
		name: 'Ideogram 4.5',
		prompt: 10000,
		size: each([
			720, 800, 832, 864, 896, 1024, 1120, 1152, 1248, 1280, 1296, 1440, 1600, 1664, 1728, 1792,
			2048, 2240, 2304, 2496, 2560, 2880, 2944, 3072, 3168, 3328,
		]),
		params: {
			quantity: int(1, 8),
			seed: int(0, I31),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			quality: oneOf('VERY_LOW', 'LOW', 'MEDIUM', 'HIGH'),
		},
		guidances: { image_reference: reference(5, null) },
	},
	// https://docs.leonardo.ai/docs/p-image-ideogram (updatedAt 2026-08-05): as Ideogram 4.5 without
	// seed and guidances, its own side list. From the reference sheet only.
	'ideogram/p-image-ideogram': {
		kind: 'image',
		name: 'P-Image-Ideogram',
		prompt: 10000,
		size: each([
			512, 640, 720, 800, 832, 864, 896, 1024, 1120, 1152, 1248, 1280, 1440, 1536, 1600, 1664, 1728,
			1792, 2048, 2240, 2304, 2496, 2560, 2880, 3072, 3456,
		]),
		params: {
			quantity: int(1, 8),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			quality: oneOf('VERY_LOW', 'LOW', 'MEDIUM', 'HIGH'),
		},
		guidances: {},
	},
	// https://docs.leonardo.ai/docs/krea-2-turbo (updatedAt 2026-07-15): prompt ≤9999, 16–4096 ×8,
	// quantity 1–8, prompt_enhance AUTO/ON/OFF, no seed, no styles, no guidances. Reference sheet only.
	'krea-2-turbo': {
		kind: 'image',
		name: 'Krea 2 Turbo',
		prompt: 9999,
		size: range(16, 4096, 8),
		params: { quantity: int(1, 8), prompt_enhance: oneOf(...AUTO_ON_OFF) },
		guidances: {},
	},
	// https://docs.leonardo.ai/docs/lucid-origin (updatedAt 2026-07-10): mode FAST/ULTRA, prompt ≤2000,
	// width 16–3840, height 16–3616, ×8, quantity 1–8, seed 0–2147483647, style ×1, content ×1.
	// From the reference sheet only.
	'lucid-origin': {
		kind: 'image',
		name: 'Lucid Origin',
		prompt: 2000,
		size: range(16, 3840, 8, { heightMax: 3616 }),
		params: imageParams({ seed: int(0, I31), mode: oneOf('FAST', 'ULTRA') }),
		guidances: { style: legacy(1, STYLE_STRENGTHS), content: legacy(1, CONTENT_STRENGTHS) },
	},
	// https://docs.leonardo.ai/docs/lucid-realism (updatedAt 2026-07-10): mode FAST/ULTRA, prompt
	// ≤9999, 16–2496 ×8. From the reference sheet only.
	'lucid-realism': {
		kind: 'image',
		name: 'Lucid Realism',
		prompt: 9999,
		size: range(16, 2496, 8),
		params: imageParams({ seed: int(0, I31), mode: oneOf('FAST', 'ULTRA') }),
		guidances: { style: legacy(1, STYLE_STRENGTHS), content: legacy(1, CONTENT_STRENGTHS) },
	},
	// https://docs.leonardo.ai/docs/nano-banana (updatedAt 2026-01-22) lists each side on its own; the
	// spec (https://docs.leonardo.ai/reference/creategeneration, its `anyOf`) accepts ten pairs, or 0 on
	// a side (followed: 1344×1344 is refused), quantity ≤8, seed, prompt_enhance ON/OFF, image_reference ≤6.
	'gemini-2.5-flash-image': {
		kind: 'image',
		name: 'Nano Banana',
		prompt: 9999,
		size: withZero(
			pairs(
				[1024, 1024],
				[832, 1248],
				[1248, 832],
				[864, 1184],
				[1184, 864],
				[896, 1152],
				[1152, 896],
				[1344, 768],
				[768, 1344],
				[1536, 672],
			),
		),
		params: imageParams({
			seed: int(0, SEED_MAX_GOOGLE_SEEDREAM),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
		}),
		guidances: { image_reference: reference(6) },
	},
	// https://docs.leonardo.ai/docs/nano-banana-pro (updatedAt 2026-01-22). Reference sheet only.
	'gemini-image-2': {
		kind: 'image',
		name: 'Nano Banana Pro',
		prompt: 9999,
		size: withZero(
			each([
				672, 768, 848, 896, 928, 1024, 1152, 1200, 1264, 1376, 1344, 1536, 1696, 1792, 1856, 2048,
				2304, 2400, 2528, 2752, 2688, 3072, 3392, 3584, 3712, 4096, 4608, 4800, 5056, 5504,
			]),
		),
		params: imageParams({
			seed: int(0, SEED_MAX_GOOGLE_SEEDREAM),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
		}),
		guidances: { image_reference: reference(6) },
	},
	// https://docs.leonardo.ai/docs/nano-banana-2 (updatedAt 2026-03-09): ten ratios × 1K/2K/4K; "pairs
	// are not validated — a non-listed combination of valid values silently falls back to 1:1", so each
	// side is checked against the listed values only; video_reference_base ×1 in the spec (third-party
	// table). From the reference sheet only.
	// https://docs.leonardo.ai/docs/nano-banana-2 (updatedAt 2026-03-09): its table of 10 aspect ratios ×
	// 1K/2K/4K; "a non-listed combination of valid values silently falls back to 1:1", so each side is
	// checked against the widths / heights of the table. From the reference sheet only.
	'nano-banana-2': {
		kind: 'image',
		name: 'Nano Banana 2',
		prompt: 9999,
		size: withZero(
			each(
				[
					768, 848, 896, 928, 1024, 1152, 1200, 1264, 1376, 1536, 1584, 1696, 1792, 1856, 2048,
					2304, 2400, 2528, 2752, 3072, 3168, 3392, 3584, 3712, 4096, 4608, 4800, 5056, 5504, 6336,
				],
				[
					672, 768, 848, 896, 928, 1024, 1152, 1200, 1264, 1344, 1376, 1536, 1696, 1792, 1856, 2048,
					2304, 2400, 2528, 2688, 2752, 3072, 3392, 3584, 3712, 4096, 4608, 4800, 5056, 5504,
				],
			),
		),
		params: imageParams({
			seed: int(0, SEED_MAX_GOOGLE_SEEDREAM),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
		}),
		guidances: { image_reference: reference(6), video_reference_base: videos(1) },
	},
	// https://docs.leonardo.ai/docs/nano-banana-2-lite (updatedAt 2026-07-07). Reference sheet only.
	'nano-banana-2-lite': {
		kind: 'image',
		name: 'Nano Banana 2 Lite',
		prompt: 9999,
		size: withZero(
			each(
				[768, 848, 896, 928, 1024, 1152, 1200, 1264, 1376, 1584],
				[672, 768, 848, 896, 928, 1024, 1152, 1200, 1264, 1376],
			),
		),
		params: imageParams({ seed: int(0, SEED_MAX_GOOGLE_SEEDREAM) }),
		guidances: { image_reference: reference(6) },
	},
	// https://docs.leonardo.ai/docs/phoenix (updatedAt 2026-07-10): mode FAST/QUALITY/ULTRA, contrast
	// LOW/MEDIUM/HIGH, 32–2048 ×8, prompt ≤2000, negative_prompt (length: no source found, 1000
	// assumed), quantity 1–8, seed ≥0, tiling; style ≤4, content/character/image_to_image ×1, strength
	// required (spec, verified on phoenix-v0.9; content LOW..ULTRA in the spec). Reference sheet only.
	'phoenix-v1.0': phoenix('Leonardo Phoenix 1.0'),
	'phoenix-v0.9': phoenix('Leonardo Phoenix 0.9'),
	// https://docs.leonardo.ai/docs/seedream-4-0 (updatedAt 2026-01-22): page "256 to 1440", the spec
	// (third-party table) 32–14142: spec followed. Reference sheet only.
	'seedream-4.0': seedream4('Seedream 4.0'),
	// https://docs.leonardo.ai/docs/seedream-4-5 (updatedAt 2026-01-22): same as 4.0.
	'seedream-4.5': seedream4('Seedream 4.5'),
	// https://docs.leonardo.ai/docs/seedream-50-pro (updatedAt 2026-07-09): 768–2048, quantity 1–6,
	// output_format jpeg/png, prompt_enhance AUTO/ON/OFF, seed, no style_ids, mode FAST/QUALITY (spec
	// table), image_reference ≤10. From the reference sheet only.
	'seedream-5.0-pro': {
		kind: 'image',
		name: 'Seedream 5.0 Pro',
		prompt: 9999,
		size: range(768, 2048),
		params: {
			quantity: int(1, 6),
			// Leonardo v2 OpenAPI spec, Seedream5_0ProGenerationRequest: seed 0–2147483637.
			seed: int(0, 2147483637),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			output_format: oneOf('jpeg', 'png'),
			mode: oneOf('FAST', 'QUALITY'),
		},
		guidances: { image_reference: reference(10) },
	},
	// https://docs.leonardo.ai/docs/seedream-50-flash (updatedAt 2026-10-07): prompt 1–9999,
	// 1024–3008, quantity 1–8, output_format, prompt_enhance, no seed, image_reference ≤10.
	'bytedance/seedream-5.0-flash': {
		kind: 'image',
		name: 'Seedream 5.0 Flash',
		prompt: 9999,
		size: range(1024, 3008),
		params: {
			quantity: int(1, 8),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			output_format: oneOf('jpeg', 'png'),
		},
		guidances: { image_reference: reference(10, null) },
	},
	// ---- Models the spec lists without a guide page --------------------------------------------
	// Written from the spec alone (https://docs.leonardo.ai/reference/creategeneration, updatedAt
	// 2026-09-01), each beside its schema's name. None of these schemas carries
	// additionalProperties:false on `parameters`; unknown keys are refused by the common rule above
	// (remove-bg page). An `allOf` member the spec prints as `{}` carries no rule the sandbox can read.
	//
	// The SDXL-family schemas (KinoXl, AnimeXl, PortraitPerfect, StockPhotography, IllustrativeAlbedo,
	// ConceptArt, LifelikeVision, GraphicDesign, LightningXl …GenerationRequest) share one shape: see
	// `sdxl` below; each differs in width maximum, default mode and its style_ids enum.
	// KinoXlGenerationRequest ("Cinematic Kino"): width/height 32–1536 ×8, default mode FAST.
	'kino-xl': sdxl('Cinematic Kino', 1536),
	// AnimeXlGenerationRequest ("Anime"): width 32–1584, height 32–1536 ×8, default mode FAST.
	'anime-xl': sdxl('Anime', 1584),
	// PortraitPerfectGenerationRequest ("Portrait Perfect"): 32–1536 ×8, default mode QUALITY.
	'portrait-perfect': sdxl('Portrait Perfect', 1536),
	// StockPhotographyGenerationRequest ("Stock Photography"): 32–1536 ×8, default mode QUALITY.
	'stock-photography': sdxl('Stock Photography', 1536),
	// IllustrativeAlbedoGenerationRequest ("Illustrative Albedo"): width 32–1584, height 32–1536 ×8.
	'illustrative-albedo': sdxl('Illustrative Albedo', 1584),
	// ConceptArtGenerationRequest ("Concept Art"): width 32–1584, height 32–1536 ×8.
	'concept-art': sdxl('Concept Art', 1584),
	// LifelikeVisionGenerationRequest ("Lifelike Vision"): width 32–1584, height 32–1536 ×8.
	'lifelike-vision': sdxl('Lifelike Vision', 1584),
	// GraphicDesignGenerationRequest ("Graphic Design"): width 32–1584, height 32–1536 ×8.
	'graphic-design': sdxl('Graphic Design', 1584),
	// LightningXlGenerationRequest ("Leonardo Lightning"): width 32–1584, height 32–1536 ×8.
	'lightning-xl': sdxl('Leonardo Lightning', 1584),
	// IdeogramV4_0GenerationRequest ("Ideogram 4.0"): prompt 1–10000; width and height each from one
	// list of 19 values (1152–3328) with no default; its `allOf: [{}]` prints no pair rule, so each
	// side is checked alone (spec gives no pair list); quality TURBO/BALANCED/QUALITY (default
	// BALANCED); quantity 1–4 (default 4); prompt_enhance AUTO/ON/OFF (default AUTO). No seed, no
	// style_ids, no guidances, no negative_prompt, no mode.
	'ideogram-v4.0': {
		kind: 'image',
		name: 'Ideogram 4.0',
		prompt: 10000,
		size: each([
			1152, 1248, 1280, 1296, 1440, 1600, 1664, 1728, 1792, 2048, 2240, 2304, 2496, 2560, 2880,
			2944, 3072, 3168, 3328,
		]),
		params: {
			quantity: int(1, 4),
			quality: oneOf('TURBO', 'BALANCED', 'QUALITY'),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
		},
		guidances: {},
	},
	// RecraftV4GenerationRequest ("Recraft V4"): prompt 1–9999; width and height each from 768, 832,
	// 896, 1024, 1152, 1216, 1280, 1344, 1536 (default 1024; no pair rule printed); quantity 1–8
	// (default 4); prompt_enhance AUTO/ON/OFF (default AUTO). Nothing else: no seed, style_ids,
	// guidances.
	'recraft-v4': {
		kind: 'image',
		name: 'Recraft V4',
		prompt: 9999,
		size: each([768, 832, 896, 1024, 1152, 1216, 1280, 1344, 1536]),
		params: { quantity: int(1, 8), prompt_enhance: oneOf(...AUTO_ON_OFF) },
		guidances: {},
	},
	// RecraftV4ProGenerationRequest ("Recraft V4 Pro"): as Recraft V4, each side from 1536, 1664,
	// 1792, 2048, 2304, 2432, 2560, 2688, 3072 (default 2048).
	'recraft-v4-pro': {
		kind: 'image',
		name: 'Recraft V4 Pro',
		prompt: 9999,
		size: each([1536, 1664, 1792, 2048, 2304, 2432, 2560, 2688, 3072]),
		params: { quantity: int(1, 8), prompt_enhance: oneOf(...AUTO_ON_OFF) },
		guidances: {},
	},
	// Krea_krea2GenerationRequest ("Krea 2"): prompt 1–5000; width/height 16–4096 ×8 (default 1024);
	// seed 0–4294967295; quality MEDIUM/HIGH (default MEDIUM); quantity 1–8 (default 4);
	// prompt_enhance AUTO/ON/OFF (default AUTO); guidances.style ≤10, items { image, order?,
	// strength } with strength required, LOW/MID/HIGH/ULTRA/MAX (default MID). No style_ids.
	'krea/krea-2': {
		kind: 'image',
		name: 'Krea 2',
		prompt: 5000,
		size: range(16, 4096, 8),
		params: {
			quantity: int(1, 8),
			seed: int(0, U32),
			quality: oneOf('MEDIUM', 'HIGH'),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
		},
		guidances: { style: legacy(10, STYLE_STRENGTHS) },
	},
	// Bfl_flux3ImageGenerationRequest ("FLUX 3 Image"): prompt 1–9999; width and height each from one
	// list of 43 values (672–6256, default 1024; its five `allOf` members print as `{}`, so no pair
	// rule is known); quantity 1–8 (default 4); prompt_enhance AUTO/ON/OFF (default AUTO);
	// image_reference ≤10, items { image, order } (no strength). No seed, no style_ids.
	'bfl/flux-3-image': {
		kind: 'image',
		name: 'FLUX 3 Image',
		prompt: 9999,
		size: each([
			672, 720, 768, 832, 864, 880, 912, 1024, 1152, 1184, 1216, 1248, 1344, 1360, 1456, 1536, 1568,
			1680, 1728, 1776, 1824, 2048, 2288, 2368, 2416, 2512, 2688, 2736, 2896, 3072, 3136, 3344,
			3456, 3552, 3664, 4096, 4576, 4736, 4848, 5024, 5456, 5792, 6256,
		]),
		params: { quantity: int(1, 8), prompt_enhance: oneOf(...AUTO_ON_OFF) },
		guidances: { image_reference: reference(10, null) },
	},

	// ================================ VIDEO MODELS ================================================
	// Every video model: quantity is 1; the spec marks `mode` (RESOLUTION_*) deprecated, "explicit
	// values are still consistency-checked against width and height".
	//
	// https://docs.leonardo.ai/docs/veo-31 (updatedAt 2026-07-04): duration 4/6/8, six sizes (no 4K on
	// Lite), motion_has_audio, negative_prompt ≤1000, prompt ≤9999, seed 0–4294967295, start/end frame,
	// image_reference ≤3 only on veo-3.1-generate-001 (page: strength; spec item { image, order });
	// quantity required on all three schemas (spec: parameters.required ["prompt", "quantity"], read in
	// Veo3_1Generate001GenerationRequest, …Fast…, …Lite…). From the reference sheet only.
	'veo-3.1-generate-001': veo('Veo 3.1', { image_reference: reference(3) }, ['quantity']),
	'veo-3.1-fast-generate-001': veo('Veo 3.1 Fast', {}, ['quantity']),
	'veo-3.1-lite': veo('Veo 3.1 Lite', {}, ['quantity'], false),
	// https://docs.leonardo.ai/docs/kling-26 (updatedAt 2026-01-23): 5/10 s, three 1080p sizes, prompt
	// ≤1500 on the page. Spec (Kling2_6GenerationRequest, read): required ["prompt"]; prompt 1–2500
	// (followed over the page); duration enum 5, 10; the pairs 1920×1080, 1440×1440, 1080×1920 or 0×0
	// (or no size); quantity type number 1–1; motion_has_audio; deprecated `audio` (boolean), mode
	// RESOLUTION_1080 and the top-level start_frame object { id, type, … }; guidances.start_frame ≤1.
	// No seed, no prompt_enhance, no end_frame.
	'kling-2.6': {
		kind: 'video',
		name: 'Kling 2.6',
		prompt: 2500,
		size: withZero(pairs(...P1080)),
		params: {
			duration: durations(5, 10),
			quantity: num(1, 1),
			motion_has_audio: bool,
			audio: bool,
			mode: oneOf('RESOLUTION_1080'),
			start_frame: legacyStartFrame,
		},
		modeSizes: { RESOLUTION_1080: P1080 },
		guidances: { start_frame: reference(1) },
	},
	// https://docs.leonardo.ai/docs/kling-30 (updatedAt 2026-02-10, page read): 3–15 s, six sizes
	// (spec adds 3840×2160, 2160×3840, 2880×2880 and 0×0: spec followed), mode RESOLUTION_720/1080
	// (spec adds 2160), motion_has_audio, prompt ≤1500 (spec 2500: spec followed), end frame only with
	// a start frame. The page allows image_reference ≤7; the spec's guidances are start_frame and
	// end_frame only with additionalProperties:false, so image_reference is refused (spec followed).
	// Verified against Kling3_0GenerationRequest: required ["prompt"]; prompt 1–2500; duration 3–15;
	// the ten pairs + 0×0 (or no size); quantity 1–1; mode 720/1080/2160 deprecated, "consistency-
	// checked" without a table (the page's 720p / 1080p classes kept, 2160 = the three 4K pairs);
	// motion_has_audio; no seed, no prompt_enhance. End frame only with a start frame: page (spec silent).
	'kling-3.0': {
		kind: 'video',
		name: 'Kling 3.0',
		prompt: 2500,
		size: withZero(pairs(...P720, ...P1080, [3840, 2160], [2160, 3840], [2880, 2880])),
		params: {
			duration: durations(...span(3, 15)),
			quantity: int(1, 1),
			motion_has_audio: bool,
			mode: oneOf('RESOLUTION_720', 'RESOLUTION_1080', 'RESOLUTION_2160'),
		},
		modeSizes: {
			RESOLUTION_720: P720,
			RESOLUTION_1080: P1080,
			RESOLUTION_2160: [
				[3840, 2160],
				[2160, 3840],
				[2880, 2880],
			],
		},
		guidances: { ...frames },
	},
	// https://docs.leonardo.ai/docs/kling-30-turbo (updatedAt 2026-06-23): 3–15 s, six sizes + 0×0,
	// mode deprecated, motion_has_audio, prompt ≤2500, quantity 1, start_frame ≤1. Spec
	// (Kling3_0TurboGenerationRequest, read): required ["prompt"]; prompt 1–2500; duration 3–15; the
	// six pairs + 0×0 (or no size); quantity 1–1; motion_has_audio; guidances (additionalProperties:
	// false) start_frame ≤1. The spec has no `mode` property at all (the page's deprecated mode):
	// refused as an unknown key (spec followed). No seed, no prompt_enhance, no end_frame.
	'kling-3.0-turbo': {
		kind: 'video',
		name: 'Kling 3.0 Turbo',
		prompt: 2500,
		size: withZero(pairs(...P720, ...P1080)),
		params: {
			duration: durations(...span(3, 15)),
			quantity: int(1, 1),
			motion_has_audio: bool,
		},
		guidances: { start_frame: reference(1) },
	},
	// https://docs.leonardo.ai/docs/kling-o1 (updatedAt 2026-02-10): 5/10 s, three sizes, prompt ≤1500,
	// end frame needs a start frame and excludes image_reference; image_reference ≤4, no strength; one
	// video_reference_base 3–10 s (GENERATED only); the editing sample also sends mode, prompt_enhance,
	// quantity, seed. Spec (KlingVideoO1GenerationRequest, read; followed where they differ): required
	// ["prompt"]; prompt 1–2500; duration an integer 3–10 (no enum: the page's 5/10 are two of them);
	// width/height integers 0–2160 (default 1920×1080); quantity 1–1; mode RESOLUTION_1080 only
	// (deprecated, consistency table not given: not checked); guidances (additionalProperties:false)
	// start_frame ≤1, end_frame ≤1, image_reference ≤5 { image, order }, video_reference_base ≤1 whose
	// video (UPLOADED or GENERATED) is 720–2160 px a side and 3–10.05 s. The spec has no
	// prompt_enhance, seed or motion_has_audio: refused as unknown keys. The exclusions between
	// image_reference, the frames and the video reference: page (spec silent).
	'kling-video-o-1': {
		kind: 'video',
		name: 'Kling O1',
		prompt: 2500,
		size: withZero(range(1, 2160)),
		params: {
			duration: durations(...span(3, 10)),
			quantity: int(1, 1),
			mode: oneOf('RESOLUTION_1080'),
		},
		guidances: {
			...frames,
			image_reference: reference(5, null),
			video_reference_base: videos(1, { duration: [3, 10.05], side: [720, 2160] }),
		},
		exclusive: [['image_reference', 'start_frame', 'end_frame']],
		videoExcludesFrames: true,
	},
	// https://docs.leonardo.ai/docs/kling-o3 (updatedAt 2026-02-10): 3–15 s (≤10 with a video
	// reference), mode RESOLUTION_720/1080 (+2160 in the spec), sizes free 0–3840 in the spec (page:
	// Kling 3.0's six), motion_has_audio, prompt 2500 (spec; page 1500); image_reference ≤7 (≤4 with a
	// video reference), not with start/end frames; video_reference_base ≤1 (spec: UPLOADED or
	// GENERATED, 720–2160 px, 3–10.05 s), not with start/end frames. Verified against
	// KlingVideoO3GenerationRequest: required ["prompt"]; width/height integers 0–3840; prompt 1–2500;
	// duration 3–15; quantity 1–1; mode 720/1080/2160 (deprecated, no consistency table: not checked);
	// motion_has_audio; guidances (additionalProperties:false) start/end ≤1, image_reference ≤7,
	// video_reference_base ≤1 (720–2160 px, 3–10.05 s). No seed, no prompt_enhance. The ≤10 s / ≤4
	// images with a video reference and the exclusions with the frames: page (spec silent).
	'kling-video-o-3': {
		kind: 'video',
		name: 'Kling O3',
		prompt: 2500,
		size: withZero(range(1, 3840)),
		params: {
			duration: durations(...span(3, 15)),
			quantity: int(1, 1),
			motion_has_audio: bool,
			mode: oneOf('RESOLUTION_720', 'RESOLUTION_1080', 'RESOLUTION_2160'),
		},
		guidances: {
			...frames,
			image_reference: reference(7, null),
			video_reference_base: videos(1, { duration: [3, 10.05], side: [720, 2160] }),
		},
		exclusive: [['image_reference', 'start_frame', 'end_frame']],
		videoExcludesFrames: true,
		check: (p, g) => {
			if (g.video_reference_base?.length && p.duration > 10)
				return 'duration is at most 10 with a video reference';
			if (g.video_reference_base?.length && (g.image_reference?.length ?? 0) > 4)
				return 'image_reference takes at most 4 items with a video reference';
			return undefined;
		},
	},
	// https://docs.leonardo.ai/docs/minimax-hailuo-03 (updatedAt 2026-10-07; spec verified per the
	// sheet): 5–15 s, quality STANDARD/ACCELERATED/TURBO, resolution 480p/768p/2k/4k, 24 sizes + 0×0,
	// prompt ≤7000, quantity required (1); image_reference ≤9, video_reference_base ≤3 with
	// video.duration required, audio_reference ≤3 which needs an image or video reference and is
	// refused with quality TURBO. Verified against Hailuo03GenerationRequest: required ["prompt",
	// "quantity"]; the 24 pairs + 0×0; prompt 1–7000; quality STANDARD/ACCELERATED/TURBO (default
	// TURBO); duration 5–15; quantity 1–1; resolution 480p/768p/2k/4k; motion_has_audio; guidances
	// (additionalProperties:false) start/end ≤1, image_reference ≤9 { image, order }, video_reference_base
	// ≤3 with video.duration required, audio_reference ≤3 ("Requires an image reference or a video
	// reference; a start or end frame does not count. Not available at quality TURBO."). No seed.
	'hailuo-03': {
		kind: 'video',
		name: 'MiniMax Hailuo 03',
		prompt: 7000,
		required: ['quantity'],
		size: withZero(
			pairs(
				[1120, 480],
				[856, 480],
				[640, 480],
				[480, 480],
				[480, 640],
				[480, 856],
				[1792, 768],
				[1376, 768],
				[1024, 768],
				[768, 768],
				[768, 1024],
				[768, 1376],
				[3360, 1440],
				[2560, 1440],
				[1920, 1440],
				[1440, 1440],
				[1440, 1920],
				[1440, 2560],
				[5040, 2160],
				[3840, 2160],
				[2880, 2160],
				[2160, 2160],
				[2160, 2880],
				[2160, 3840],
			),
		),
		params: {
			duration: durations(...span(5, 15)),
			quantity: int(1, 1),
			quality: oneOf('STANDARD', 'ACCELERATED', 'TURBO'),
			resolution: oneOf('480p', '768p', '2k', '4k'),
			motion_has_audio: bool,
		},
		guidances: {
			...frames,
			image_reference: reference(9, null),
			video_reference_base: videos(3, { durationRequired: true }),
			audio_reference: audios(3),
		},
		check: (p, g) => {
			if (
				g.audio_reference?.length &&
				!g.image_reference?.length &&
				!g.video_reference_base?.length
			)
				return 'audio_reference requires an image_reference or a video_reference_base';
			if (g.audio_reference?.length && (p.quality ?? 'TURBO') === 'TURBO')
				return 'audio_reference is not available with quality TURBO';
			return undefined;
		},
	},
	// https://docs.leonardo.ai/docs/hailuo-23 (updatedAt: no source found; not in the 2026-10-08 index):
	// duration 6 or 10, mode RESOLUTION_768/1080, prompt_enhance ON/OFF (hailuo-2_3 only), start frame
	// (page: the old top-level start_frame object; spec: guidances.start_frame ≤1). The size list
	// ("listed pairs ≤1920" per a third-party spec table) is not known: each side ≤1920. From the
	// reference sheet only.
	// Spec (Hailuo23GenerationRequest): parameters.required ["prompt", "quantity", "width", "height"];
	// Hailuo23FastGenerationRequest: required ["prompt", "quantity", "guidances"] (width/height not
	// required), guidances.required ["start_frame"] with minItems 1, and end_frame maxItems 0.
	'hailuo-2_3': hailuo23('Hailuo 2.3', { required: ['quantity', 'width', 'height'] }),
	'hailuo-2_3-fast': hailuo23('Hailuo 2.3 Fast', {
		required: ['quantity', 'guidances'],
		requiredGuidances: ['start_frame'],
		guidances: { start_frame: reference(1), end_frame: reference(0) },
	}),
	// https://docs.leonardo.ai/docs/seedance-1-0-pro (updatedAt 2026-01-23): duration 4/6/8/10, mode
	// RESOLUTION_480/720/1080 with its 18 sizes, prompt ≤1500, prompt_enhance ON/OFF, start and end
	// frame. Spec (Seedance1_0ProGenerationRequest / Seedance1_0ProFastGenerationRequest, read; followed
	// where they differ): required ["prompt", "quantity"]; prompt 1–5000; duration enum 4, 6, 8, 10;
	// seed type number −1–4294967295 (default −1); width/height free integers (default 1248×704: no
	// range or list in the spec — the sandbox's common rule refuses negatives and a lone 0; 0×0 taken);
	// quantity 1–1; prompt_enhance AUTO/ON/OFF (default AUTO); mode RESOLUTION_480/720/1080 deprecated,
	// "consistency-checked" without a table (the page's table of sizes per mode kept); guidances
	// (additionalProperties:false) start_frame ≤1 and, on seedance-1.0-pro only, end_frame ≤1.
	'seedance-1.0-pro': seedance1('Seedance 1.0 Pro', true),
	'seedance-1.0-pro-fast': seedance1('Seedance 1.0 Pro Fast', false),
	// https://docs.leonardo.ai/docs/seedance-20 (updatedAt 2026-07-09, page read; spec read): duration
	// 4–15, mode RESOLUTION_480/720/1080, free integer sizes, prompt ≤5000, quantity required (1), seed
	// −1..4294967295, motion_has_audio; image_reference ≤4 (page: strength LOW/MID/HIGH; spec item
	// { image, order }), start/end ≤1, video_reference_base ≤3, audio_reference ≤1 ("Requires an image
	// reference or a video reference; a start or end frame does not count" — spec).
	// Seedance2_0GenerationRequest (read): seed is type number; mode enum adds RESOLUTION_2160
	// (deprecated, "consistency-checked" without a table: not checked); width/height integers with no
	// range (default 1280×720; 0×0 taken, negatives and a lone 0 refused by the common rule).
	'seedance-2.0': seedance2('Seedance 2.0', {
		mode: oneOf('RESOLUTION_480', 'RESOLUTION_720', 'RESOLUTION_1080', 'RESOLUTION_2160'),
	}),
	// https://docs.leonardo.ai/docs/seedance-20-fast (updatedAt 2026-07-04; spec read): as 2.0, mode
	// RESOLUTION_480/720 only (Seedance2_0FastGenerationRequest).
	'seedance-2.0-fast': seedance2('Seedance 2.0 Fast', {
		mode: oneOf('RESOLUTION_480', 'RESOLUTION_720'),
	}),
	// https://docs.leonardo.ai/docs/seedance-20-mini (updatedAt 2026-06-30): as 2.0 without mode
	// (Seedance2_0MiniGenerationRequest, read: no mode property).
	'seedance-2.0-mini': seedance2('Seedance 2.0 Mini', {}),
	// https://docs.leonardo.ai/docs/seedance-25 (updatedAt 2026-08-18): 4–30 s, free sizes, prompt
	// ≤5000, seed −1..4294967295, image_reference ≤30, video_reference_base ≤10, audio_reference ≤10.
	// Spec (Bytedance_seedance2_5GenerationRequest, read): prompt 1–9999 (followed over the page's
	// 5000); seed type number −1–4294967295; width/height integers with no range (default 1280×720);
	// duration 4–30; quantity 1–1; omni_edit (boolean); motion_has_audio; no mode; guidances
	// (additionalProperties:false) start/end ≤1, image_reference ≤30, video_reference_base ≤10,
	// audio_reference ≤10 ("Requires an image reference or a video reference; a start or end frame
	// does not count").
	'bytedance/seedance-2.5': {
		...seedance2('Seedance 2.5', { omni_edit: bool }),
		prompt: 9999,
		params: {
			duration: durations(...span(4, 30)),
			quantity: int(1, 1),
			seed: num(-1, U32),
			motion_has_audio: bool,
			omni_edit: bool,
		},
		// spec: parameters.required ["prompt", "quantity"] (Bytedance_seedance2_5GenerationRequest)
		required: ['quantity'],
		guidances: {
			...frames,
			image_reference: reference(30, null),
			video_reference_base: videos(10),
			audio_reference: audios(10),
		},
	},
	// https://docs.leonardo.ai/docs/wan-26 (updatedAt 2026-07-15): 5/10/15 s, ten sizes + 0×0,
	// resolution 720p/1080p, negative_prompt ≤500, prompt ≤1500, seed 0–2147483647, quantity 1;
	// start_frame, audio_reference ≤1, video_reference_base ≤3. Spec (Wan2_6GenerationRequest, read):
	// required ["prompt"]; the ten pairs + 0×0; seed 0–2147483647; prompt 1–1500; duration 5, 10, 15;
	// quantity 1–1; resolution 720p/1080p (default 720p; page 1080p); negative_prompt ≤500; guidances
	// (additionalProperties:false) start_frame ≤1, video_reference_base ≤3, audio_reference ≤1: "A
	// background-music clip for the video. Cannot be combined with a video reference. Each item must be
	// 3–30 seconds." (audio.duration is optional in the item: checked when given). No motion_has_audio.
	'wan-2.6': {
		kind: 'video',
		name: 'Wan 2.6',
		prompt: 1500,
		size: withZero(
			pairs(
				[1280, 720],
				[960, 720],
				[960, 960],
				[720, 960],
				[720, 1280],
				[1920, 1080],
				[1440, 1080],
				[1440, 1440],
				[1080, 1440],
				[1080, 1920],
			),
		),
		params: {
			duration: durations(5, 10, 15),
			quantity: int(1, 1),
			resolution: oneOf('720p', '1080p'),
			negative_prompt: text(500),
			seed: int(0, I31),
		},
		guidances: {
			start_frame: reference(1),
			audio_reference: audios(1, { duration: [3, 30] }),
			video_reference_base: videos(3),
		},
		check: (p, g) =>
			g.audio_reference?.length && g.video_reference_base?.length
				? 'audio_reference cannot be combined with a video reference'
				: undefined,
	},
	// https://docs.leonardo.ai/docs/wan-27 (updatedAt 2026-07-10, page read): 2–10 s, six sizes + 0×0
	// ("Auto"), resolution 720p/1080p, quantity ≤1, prompt ≤2500; start/end frame, image_reference
	// (≤6 per the third-party spec table) with strength LOW/MID/HIGH, video_reference_base ≤1 with an
	// optional item-level type BASE/FEATURE; `omni_edit` (spec table; boolean assumed). Spec
	// (Wan2_7GenerationRequest, read): required ["prompt"]; the six pairs + 0×0; prompt 1–2500; duration
	// 2–10; quantity 1–1; omni_edit boolean; resolution 720p/1080p; guidances (additionalProperties:
	// false) start/end ≤1, image_reference ≤6 { image, order }, video_reference_base ≤1 with item type
	// BASE/FEATURE and a video whose duration is required, 2–10.05 s, sides 720–2160. No seed, no
	// motion_has_audio.
	'wan-2.7': {
		kind: 'video',
		name: 'Wan 2.7',
		prompt: 2500,
		size: withZero(pairs(...P720, ...P1080)),
		params: {
			duration: durations(...span(2, 10)),
			quantity: int(1, 1),
			resolution: oneOf('720p', '1080p'),
			omni_edit: bool,
		},
		guidances: {
			...frames,
			image_reference: reference(6),
			video_reference_base: videos(1, {
				itemTypes: ['BASE', 'FEATURE'],
				durationRequired: true,
				duration: [2, 10.05],
				side: [720, 2160],
			}),
		},
	},
	// https://docs.leonardo.ai/docs/wan-30 (updatedAt 2026-08-24): 2–30 s, 15 sizes + 0×0, resolution
	// 480p/720p/1080p, prompt ≤5000, seed 0–2147483647, motion_has_audio, quality STANDARD/ACCELERATED
	// (spec table); start/end, image_reference ≤10, video_reference_base ≤5, audio_reference ≤5,
	// webpage_reference ≤1. Spec (Alibaba_wan3_0GenerationRequest, read): required ["prompt"]; the 15
	// pairs + 0×0; seed 0–2147483647; prompt 1–5000; quality STANDARD/ACCELERATED (default
	// ACCELERATED); duration 2–30; quantity 1–1; resolution 480p/720p/1080p; motion_has_audio; guidances
	// (additionalProperties:false) start/end ≤1, image_reference ≤10, video_reference_base ≤5,
	// webpage_reference ≤1, audio_reference ≤5: "Valid on their own or alongside image or video
	// references. Cannot be combined with a start or end frame." The webpage url's http(s) rule: page.
	'alibaba/wan-3.0': {
		kind: 'video',
		name: 'Wan 3.0',
		prompt: 5000,
		size: withZero(
			pairs(
				[854, 480],
				[736, 552],
				[640, 640],
				[552, 736],
				[480, 854],
				[1280, 720],
				[1104, 828],
				[960, 960],
				[828, 1104],
				[720, 1280],
				[1920, 1080],
				[1656, 1242],
				[1440, 1440],
				[1242, 1656],
				[1080, 1920],
			),
		),
		params: {
			duration: durations(...span(2, 30)),
			quantity: int(1, 1),
			resolution: oneOf('480p', '720p', '1080p'),
			seed: int(0, I31),
			motion_has_audio: bool,
			quality: oneOf('STANDARD', 'ACCELERATED'),
		},
		guidances: {
			...frames,
			image_reference: reference(10, null),
			video_reference_base: videos(5),
			audio_reference: audios(5),
			webpage_reference: webpages(1),
		},
		check: (p, g) =>
			g.audio_reference?.length && (g.start_frame?.length || g.end_frame?.length)
				? 'audio_reference cannot be combined with a start or end frame'
				: undefined,
	},
	// https://docs.leonardo.ai/docs/flux-3-video (updatedAt 2026-08-19; spec verified per the sheet):
	// 5–20 s, 14 sizes + 0×0, resolution 720p/1080p, prompt ≤5000, motion_has_audio, no seed;
	// start/end, video_reference_base ≤1 with video.duration required 1–15.05, sides 480–2160; no
	// image_reference. Verified against Bfl_flux3VideoGenerationRequest: required ["prompt"]; the 14
	// pairs + 0×0; prompt 1–5000; duration 5–20; quantity 1–1; resolution 720p/1080p; motion_has_audio;
	// guidances (additionalProperties:false) start/end ≤1, video_reference_base ≤1 (duration required,
	// 1–15.05 s; sides 480–2160). No seed.
	'bfl/flux-3-video': {
		kind: 'video',
		name: 'FLUX 3 Video',
		prompt: 5000,
		size: withZero(
			pairs(
				[1470, 630],
				[1360, 680],
				[1280, 720],
				[1112, 834],
				[960, 960],
				[834, 1112],
				[720, 1280],
				[2520, 1080],
				[2160, 1080],
				[1920, 1080],
				[1440, 1080],
				[1440, 1440],
				[1080, 1440],
				[1080, 1920],
			),
		),
		params: {
			duration: durations(...span(5, 20)),
			quantity: int(1, 1),
			resolution: oneOf('720p', '1080p'),
			motion_has_audio: bool,
		},
		guidances: {
			...frames,
			video_reference_base: videos(1, {
				durationRequired: true,
				duration: [1, 15.05],
				side: [480, 2160],
			}),
		},
	},
	// https://docs.leonardo.ai/docs/gemini-omni-flash (updatedAt 2026-07-07): 3–10 s, 1280×720 or
	// 720×1280, prompt ≤2500, no audio flag, image_reference ≤5 with strength, no frames. Verified
	// against GeminiOmniFlashGenerationRequest: required ["prompt"]; 1280×720 or 720×1280 (or no size;
	// no 0×0); prompt 1–2500; duration 3–10; quantity 1–1; guidances (additionalProperties:false)
	// image_reference ≤5 { image, order } (strength: page's enum, checked when given).
	'gemini-omni-flash': {
		kind: 'video',
		name: 'Gemini Omni Flash',
		prompt: 2500,
		size: pairs([1280, 720], [720, 1280]),
		params: { duration: durations(...span(3, 10)), quantity: int(1, 1) },
		guidances: { image_reference: reference(5) },
	},
	// https://docs.leonardo.ai/docs/gemini-omni-11-flash (updatedAt 2026-09-02): 3–10 s, eight sizes,
	// prompt ≤2500, motion_has_audio; start/end, image_reference ≤10, video_reference_base ≤3
	// (video.duration ≤10). Not a retired "-preview" alias: its live id ends in -preview. Verified
	// against Google_geminiOmni1_1FlashPreviewGenerationRequest: required ["prompt"]; the eight pairs
	// (or no size; no 0×0); prompt 1–2500; duration 3–10; quantity 1–1; motion_has_audio; guidances
	// (additionalProperties:false) start/end ≤1, image_reference ≤10, video_reference_base ≤3 (video
	// duration required, maximum 10, no minimum).
	'google/gemini-omni-1.1-flash-preview': {
		kind: 'video',
		name: 'Gemini Omni 1.1 Flash',
		prompt: 2500,
		size: pairs(
			[640, 360],
			[360, 640],
			[1280, 720],
			[720, 1280],
			[1920, 1080],
			[1080, 1920],
			[3840, 2160],
			[2160, 3840],
		),
		params: { duration: durations(...span(3, 10)), quantity: int(1, 1), motion_has_audio: bool },
		guidances: {
			...frames,
			image_reference: reference(10, null),
			// Leonardo v2 OpenAPI spec, Google_geminiOmni1_1FlashPreviewGenerationRequest: each item's
			// video "required": ["duration"], maximum 10.
			video_reference_base: videos(3, { durationRequired: true, duration: [-Infinity, 10] }),
		},
	},
	// https://docs.leonardo.ai/docs/grok-imagine-15 (updatedAt 2026-06-23): 3–15 s, sizes incl. 0×0,
	// prompt ≤5000, motion_has_audio; start_frame required (image-to-video only). Spec
	// (GrokImagine1_5GenerationRequest, read): required ["prompt", "guidances"], guidances.required
	// ["start_frame"] with minItems 1, maxItems 1; the pairs 544×544, 736×400, 400×736, 960×960,
	// 1280×720, 720×1280, 1888×1072, 1424×1424, 1072×1888 or 0×0 (or no size) — the last three are not
	// on the page (spec followed); prompt 1–5000; duration 3–15; quantity 1–1; motion_has_audio.
	'grok-imagine-1.5': {
		kind: 'video',
		name: 'Grok Imagine 1.5',
		prompt: 5000,
		required: ['guidances'],
		size: withZero(
			pairs(
				[544, 544],
				[960, 960],
				[1280, 720],
				[720, 1280],
				[400, 736],
				[736, 400],
				[1888, 1072],
				[1424, 1424],
				[1072, 1888],
			),
		),
		params: { duration: durations(...span(3, 15)), quantity: int(1, 1), motion_has_audio: bool },
		guidances: { start_frame: reference(1) },
		requiredGuidances: ['start_frame'],
	},
	// https://docs.leonardo.ai/docs/happy-horse-11 (updatedAt 2026-07-04, page read): 3–15 s, ten
	// sizes, prompt ≤2500, prompt_enhance AUTO/ON/OFF, motion_has_audio, quantity required (1), seed;
	// start_frame ≤1, image_reference ≤9 with a "required strength" LOW/MID/HIGH on the page; the
	// spec's item is { image, order } (followed: strength optional, checked when given). Spec
	// (HappyHorse1_1GenerationRequest, read): required ["prompt", "quantity"]; the ten pairs (its allOf
	// oneOf; no 0×0); seed an integer with no range (any integer taken — was 0–4294967295 assumed);
	// prompt 1–2500; duration 3–15; quantity 1–1; prompt_enhance AUTO/ON/OFF; motion_has_audio;
	// guidances (additionalProperties:false) start_frame ≤1, image_reference ≤9. No end_frame, no mode.
	'happy-horse-1.1': {
		kind: 'video',
		name: 'Happy Horse 1.1',
		prompt: 2500,
		required: ['quantity'],
		size: pairs(
			[1280, 720],
			[1108, 832],
			[960, 960],
			[832, 1108],
			[720, 1280],
			[1920, 1080],
			[1662, 1248],
			[1440, 1440],
			[1248, 1662],
			[1080, 1920],
		),
		params: {
			duration: durations(...span(3, 15)),
			quantity: int(1, 1),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			motion_has_audio: bool,
			seed: int(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
		},
		guidances: {
			start_frame: reference(1),
			image_reference: images(9, { strengths: LMH }),
		},
	},
	// https://docs.leonardo.ai/docs/motion-20 (updatedAt 2026-09-02): no duration, six sizes + 0×0,
	// mode RESOLUTION_480/720 (deprecated), prompt ≤9999, negative_prompt ≤1000, prompt_enhance,
	// frame_interpolation, seed 0–2147483637 (spec), style_ids, controls ≤1 and elements (top-level),
	// start_frame ≤1 (and the deprecated top-level start_frame object). From the reference sheet only.
	'motion_2.0': motion('Motion 2.0', 2147483637),
	// https://docs.leonardo.ai/docs/motion-20-fast (updatedAt 2026-09-02, page read): as Motion 2.0,
	// seed 0–4294967295 (the spec's value for the fast schema was not read: page followed).
	'motion_2.0-fast': motion('Motion 2.0 Fast', U32),
	// ---- Video models the spec lists without a guide page (spec alone, updatedAt 2026-09-01) -------
	// Kling2_5GenerationRequest ("Kling 2.5 Turbo"): prompt 1–2500; duration 5 or 10 (default 5);
	// the pairs 1280×720, 960×960, 720×1280, 1920×1080, 1440×1440, 1080×1920 (its `allOf` anyOf; no
	// 0×0); quantity (type number) 1–1; prompt_enhance AUTO/ON/OFF (default AUTO); mode
	// RESOLUTION_720/1080 deprecated, "consistency-checked against width and height" — the spec gives
	// no table: the 720 and 1080 pairs are read as the ones whose short side is 720 / 1080
	// (960×960 and 1440×1440 by their class); start_frame ≤1, end_frame ≤1, items { image }. No seed,
	// no motion_has_audio.
	'kling-2.5': {
		kind: 'video',
		name: 'Kling 2.5 Turbo',
		prompt: 2500,
		size: pairs(...P720, ...P1080),
		params: {
			duration: durations(5, 10),
			quantity: num(1, 1),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			mode: oneOf('RESOLUTION_720', 'RESOLUTION_1080'),
		},
		modeSizes: { RESOLUTION_720: P720, RESOLUTION_1080: P1080 },
		guidances: { ...frames },
	},
	// Kling2_5TurboStandardGenerationRequest ("Kling 2.5 Turbo Standard"): parameters.required
	// ["prompt", "guidances"], guidances.required ["start_frame"] with minItems 1, maxItems 1
	// (image-to-video only); prompt 1–2500; duration 5 or 10; the pairs 1280×720, 960×960, 720×1280;
	// quantity (number) 1–1; mode RESOLUTION_720 only (deprecated); prompt_enhance AUTO/ON/OFF; the
	// deprecated top-level start_frame object, which its `allOf` `not` forbids together with
	// guidances.start_frame (so, with the guidance required, it is always refused). No end_frame.
	'kling-2.5-turbo-standard': {
		kind: 'video',
		name: 'Kling 2.5 Turbo Standard',
		prompt: 2500,
		required: ['guidances'],
		size: pairs(...P720),
		params: {
			duration: durations(5, 10),
			quantity: num(1, 1),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			mode: oneOf('RESOLUTION_720'),
			start_frame: legacyStartFrame,
		},
		modeSizes: { RESOLUTION_720: P720 },
		guidances: { start_frame: reference(1) },
		check: (p, g) => {
			if (!g.start_frame?.length)
				return 'expecting a value for non-nullable variable: "start_frame"';
			if (p.start_frame !== undefined)
				return 'start_frame is not available together with guidances.start_frame';
			return undefined;
		},
	},
	// Ltxv2_3ProGenerationRequest ("LTX-2.3 Pro"): parameters.required ["prompt", "quantity", "width",
	// "height"]; prompt 1–5000; duration 6, 8 or 10 (default 6); width/height integers 0 to
	// 9007199254740991 (default 1920×1080) — its two `allOf` members print as `{}`: the spec gives no
	// size list, so any size in that range is taken (0 on both sides as for other models; a lone 0
	// follows the sandbox's common rule); quantity 1–1; mode RESOLUTION_1080/1440/2160 deprecated,
	// "consistency-checked", with no table given: not checked; prompt_enhance AUTO/ON/OFF (default
	// AUTO); motion_has_audio (default true); start_frame ≤1, end_frame ≤1. No seed.
	'ltxv-2.3-pro': ltxv('LTX-2.3 Pro', [6, 8, 10]),
	// Ltxv2_3FastGenerationRequest ("LTX-2.3 Fast"): as Pro, duration 6–20 in steps of 2.
	'ltxv-2.3-fast': ltxv('LTX-2.3 Fast', [6, 8, 10, 12, 14, 16, 18, 20]),
	// HappyHorseGenerationRequest ("Happy Horse 1.0"): parameters.required ["prompt", "quantity"];
	// prompt 1–2500; duration 3–15 (default 5); the ten pairs of its `allOf` anyOf (no 0×0); seed an
	// integer with no range in the spec (any integer taken); quantity 1–1; audio_setting auto/origin
	// (default auto); prompt_enhance AUTO/ON/OFF (default AUTO); mode RESOLUTION_720/1080 deprecated,
	// consistency-checked with no table given: read as the pairs whose short side is 720 / 1080.
	// guidances (additionalProperties:false): start_frame ≤1 { image }, image_reference ≤9
	// { image, order } (no strength), video_reference_base ≤1 whose video (additionalProperties:false,
	// id and type UPLOADED/GENERATED required) is 320–2160 px a side and 3–15 s. No end_frame, no
	// motion_has_audio.
	'happy-horse': {
		kind: 'video',
		name: 'Happy Horse 1.0',
		prompt: 2500,
		required: ['quantity'],
		size: pairs(...HAPPY_HORSE_720, ...HAPPY_HORSE_1080),
		params: {
			duration: durations(...span(3, 15)),
			quantity: int(1, 1),
			seed: int(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
			audio_setting: oneOf('auto', 'origin'),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			mode: oneOf('RESOLUTION_720', 'RESOLUTION_1080'),
		},
		modeSizes: { RESOLUTION_720: HAPPY_HORSE_720, RESOLUTION_1080: HAPPY_HORSE_1080 },
		guidances: {
			start_frame: reference(1),
			image_reference: reference(9, null),
			video_reference_base: videos(1, { duration: [3, 15], side: [320, 2160] }),
		},
	},
	// The Pro Upscalers (no prompt): their own `validate`, `job` size and `schema` (imageTools.js).
	...IMAGE_TOOL_MODELS,
};

// The audio models and Rodin V2 (3D): audio3d.js.
Object.assign(MODELS, AUDIO3D_MODELS);

/** Each model's style_ids enum (above); a model that takes style_ids without one is a sandbox bug. */
const STYLE_ENUMS = {
	'flux-dev': FLUX_DEV_STYLE_ENUM,
	'flux-schnell': FLUX_DEV_STYLE_ENUM,
	'flux-kontext-pro': KONTEXT_STYLE_ENUM,
	'flux-kontext-max': KONTEXT_STYLE_ENUM,
	'flux-pro-2.0': KONTEXT_STYLE_ENUM,
	'gemini-2.5-flash-image': KONTEXT_STYLE_ENUM,
	'gemini-image-2': KONTEXT_STYLE_ENUM,
	'nano-banana-2': KONTEXT_STYLE_ENUM,
	'nano-banana-2-lite': KONTEXT_STYLE_ENUM,
	'gpt-image-1.5': GPT_STYLE_ENUM,
	'gpt-image-2': GPT_STYLE_ENUM,
	'openai/gpt-image-2.5-flare': GPT_STYLE_ENUM,
	'openai/gpt-image-2.5-sunburst': GPT_STYLE_ENUM,
	'phoenix-v1.0': PHOENIX_STYLE_ENUM,
	'phoenix-v0.9': PHOENIX_STYLE_ENUM,
	'lucid-realism': LUCID_REALISM_STYLE_ENUM,
	'lucid-origin': EIGHT_STYLE_ENUM,
	'ideogram-v3.0': EIGHT_STYLE_ENUM,
	'seedream-4.0': EIGHT_STYLE_ENUM,
	'seedream-4.5': EIGHT_STYLE_ENUM,
	'motion_2.0': VIDEO_STYLE_ENUM,
	'motion_2.0-fast': VIDEO_STYLE_ENUM,
	'hailuo-2_3': VIDEO_STYLE_ENUM,
	'hailuo-2_3-fast': VIDEO_STYLE_ENUM,
	'kino-xl': KINO_STYLE_ENUM,
	'anime-xl': ANIME_STYLE_ENUM,
	'portrait-perfect': PORTRAIT_STYLE_ENUM,
	'stock-photography': STOCK_STYLE_ENUM,
	'illustrative-albedo': ALBEDO_STYLE_ENUM,
	'concept-art': CONCEPT_ART_STYLE_ENUM,
	'lifelike-vision': LIFELIKE_STYLE_ENUM,
	'graphic-design': GRAPHIC_DESIGN_STYLE_ENUM,
	'lightning-xl': LIGHTNING_STYLE_ENUM,
};
for (const [id, model] of Object.entries(MODELS)) {
	if (!model.params?.style_ids) continue;
	if (!STYLE_ENUMS[id]) throw new Error(`sandbox: ${id} takes style_ids but has no enum`);
	model.params.style_ids = { ...model.params.style_ids, allowed: STYLE_ENUMS[id] };
}

function gpt25(name) {
	return {
		kind: 'image',
		name,
		prompt: 9999,
		size: each(
			[
				768, 832, 848, 864, 896, 928, 1024, 1088, 1136, 1152, 1184, 1200, 1248, 1264, 1344, 1376,
				1536, 1584, 1648, 1696, 1792, 1856, 2016, 2048, 2336, 2448, 2560, 2880, 3200, 3264, 3504,
				3584, 3808,
			],
			[
				640, 672, 768, 832, 848, 864, 896, 928, 1024, 1136, 1152, 1184, 1200, 1248, 1264, 1280,
				1344, 1376, 1536, 1584, 1632, 1648, 1696, 1792, 1824, 1856, 1920, 2016, 2048, 2336, 2448,
				2560, 2880, 3200, 3264, 3504, 3584,
			],
		),
		params: {
			quantity: int(1, 8),
			quality: oneOf('LOW', 'MEDIUM', 'HIGH', 'XHIGH', 'MAX'),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			style_ids: styles(1),
			transparency: bool,
		},
		guidances: { image_reference: reference(16, null) },
	};
}

/**
 * The SDXL-family schemas (KinoXl, AnimeXl, PortraitPerfect, StockPhotography, IllustrativeAlbedo,
 * ConceptArt, LifelikeVision, GraphicDesign, LightningXl …GenerationRequest), as the spec prints each
 * of them: parameters.required ["prompt"]; prompt 1–9999; mode FAST/QUALITY ("Use this instead of
 * `quality`"); seed an integer with minimum 0 and no maximum in the spec (any safe integer ≥ 0
 * taken); width 32–`widthMax`, height 32–1536, both multiples of 8 (default 1024); tiling (boolean);
 * contrast LOW/MEDIUM/HIGH; quantity 1–8 (default 4); transparency (boolean, default false);
 * prompt_enhance AUTO/ON/OFF (default OFF); negative_prompt ≤1000; style_ids from the schema's own
 * enum, no maxItems (its description: "limited to 1 style" — 1 kept); user_elements and
 * platform_elements ≤4 each, whose items the spec describes only by `weight` minimum 0 (no item key,
 * no weight maximum: the sandbox checks the count and weight ≥ 0 only). guidances: edge, pose, depth,
 * character, text_image, image_to_image ≤1 each with strength LOW/MID/HIGH; style ≤4 with
 * LOW/MID/HIGH/ULTRA/MAX; content ≤1 with LOW/MID/HIGH/ULTRA; every item { image, strength }
 * required (image_to_image items have no `order` in the spec; the sandbox does not refuse one).
 */
function sdxl(name, widthMax) {
	return {
		kind: 'image',
		name,
		prompt: 9999,
		size: range(32, widthMax, 8, { heightMax: 1536 }),
		params: {
			quantity: int(1, 8),
			seed: int(0, Number.MAX_SAFE_INTEGER),
			mode: oneOf('FAST', 'QUALITY'),
			contrast: oneOf('LOW', 'MEDIUM', 'HIGH'),
			tiling: bool,
			transparency: bool,
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			negative_prompt: text(1000),
			style_ids: styles(1),
			user_elements: elements(4),
			platform_elements: elements(4),
		},
		guidances: {
			edge: legacy(1, LMH),
			pose: legacy(1, LMH),
			depth: legacy(1, LMH),
			style: legacy(4, STYLE_STRENGTHS),
			content: legacy(1, CONTENT_STRENGTHS),
			character: legacy(1, LMH),
			text_image: legacy(1, LMH),
			image_to_image: legacy(1, LMH),
		},
	};
}

/** Ltxv2_3Pro / Ltxv2_3Fast …GenerationRequest (spec; see their entries). */
function ltxv(name, seconds) {
	return {
		kind: 'video',
		name,
		prompt: 5000,
		required: ['quantity', 'width', 'height'],
		size: withZero(range(1, Number.MAX_SAFE_INTEGER)),
		params: {
			duration: durations(...seconds),
			quantity: int(1, 1),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			motion_has_audio: bool,
			mode: oneOf('RESOLUTION_1080', 'RESOLUTION_1440', 'RESOLUTION_2160'),
		},
		guidances: { ...frames },
	};
}

function phoenix(name) {
	return {
		kind: 'image',
		name,
		prompt: 2000,
		size: range(32, 2048, 8),
		params: imageParams({
			// Leonardo v2 OpenAPI spec, PhoenixV0_9GenerationRequest / PhoenixV1_0GenerationRequest:
			// seed "minimum": 0 and no maximum.
			seed: int(0, Infinity),
			mode: oneOf('FAST', 'QUALITY', 'ULTRA'),
			contrast: oneOf('LOW', 'MEDIUM', 'HIGH'),
			negative_prompt: text(1000),
			tiling: bool,
		}),
		guidances: {
			style: legacy(4, STYLE_STRENGTHS),
			content: legacy(1, ['LOW', 'MID', 'HIGH', 'ULTRA']),
			character: legacy(1, LMH),
			image_to_image: legacy(1, LMH),
		},
	};
}

function seedream4(name) {
	return {
		kind: 'image',
		name,
		prompt: 9999,
		size: range(32, 14142),
		params: imageParams({
			seed: int(0, SEED_MAX_GOOGLE_SEEDREAM),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
		}),
		guidances: { image_reference: reference(6) },
	};
}

function veo(name, extraGuidances, required = [], fourK = true) {
	const sizes = [
		[1280, 720],
		[720, 1280],
		[1920, 1080],
		[1080, 1920],
		...(fourK
			? [
					[3840, 2160],
					[2160, 3840],
				]
			: []),
	];
	return {
		kind: 'video',
		name,
		prompt: 9999,
		required,
		size: pairs(...sizes),
		params: {
			duration: durations(4, 6, 8),
			quantity: int(1, 1),
			motion_has_audio: bool,
			negative_prompt: text(1000),
			seed: int(0, U32),
			mode: oneOf('RESOLUTION_720', 'RESOLUTION_1080', ...(fourK ? ['RESOLUTION_2160'] : [])),
		},
		modeSizes: {
			RESOLUTION_720: sizes.slice(0, 2),
			RESOLUTION_1080: sizes.slice(2, 4),
			...(fourK ? { RESOLUTION_2160: sizes.slice(4) } : {}),
		},
		guidances: { ...frames, ...extraGuidances },
	};
}

// Hailuo 2.3 / Fast, from the spec (Hailuo23GenerationRequest, Hailuo23FastGenerationRequest; the
// guide page is gone): quantity required (1), prompt ≤3000, 6 or 10 s, mode RESOLUTION_768/1080
// (deprecated, "consistency-checked" without a table: read as the pairs whose short side is 768 /
// 1080), style_ids (video styles, no maxItems), the pairs 1376×768, 768×1376, 768×768, 1920×1080,
// 1080×1920, 1080×1080 or 0×0; guidances (additionalProperties:false) start_frame ≤1; no
// prompt_enhance, no seed, and no top-level start_frame object (was accepted: refused now, spec
// followed); 2.3 takes a start frame, Fast needs one.
function hailuo23(name, extra = {}) {
	return {
		kind: 'video',
		name,
		prompt: 3000,
		required: ['quantity'],
		size: withZero(pairs(...HAILUO23_768, ...HAILUO23_1080)),
		params: {
			duration: durations(6, 10),
			quantity: int(1, 1),
			mode: oneOf('RESOLUTION_768', 'RESOLUTION_1080'),
			style_ids: styles(Infinity),
		},
		modeSizes: { RESOLUTION_768: HAILUO23_768, RESOLUTION_1080: HAILUO23_1080 },
		guidances: { start_frame: reference(1) },
		...extra,
	};
}

function seedance1(name, endFrame) {
	const sizes = {
		RESOLUTION_480: [
			[864, 480],
			[736, 544],
			[640, 640],
			[544, 736],
			[480, 864],
			[960, 416],
		],
		RESOLUTION_720: [
			[1248, 704],
			[1120, 832],
			[960, 960],
			[832, 1120],
			[704, 1248],
			[1504, 640],
		],
		RESOLUTION_1080: [
			[1920, 1088],
			[1664, 1248],
			[1440, 1440],
			[1248, 1664],
			[1088, 1920],
			[2176, 928],
		],
	};
	return {
		kind: 'video',
		name,
		prompt: 5000,
		required: ['quantity'],
		size: { any: true, zero: true },
		params: {
			duration: durations(4, 6, 8, 10),
			quantity: int(1, 1),
			mode: oneOf(...Object.keys(sizes)),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			seed: num(-1, U32),
		},
		modeSizes: sizes,
		guidances: endFrame ? { ...frames } : { start_frame: reference(1) },
	};
}

function seedance2(name, extra) {
	return {
		kind: 'video',
		name,
		prompt: 5000,
		required: ['quantity'],
		size: { any: true, zero: true },
		params: {
			duration: durations(...span(4, 15)),
			quantity: int(1, 1),
			seed: num(-1, U32),
			motion_has_audio: bool,
			...extra,
		},
		guidances: {
			...frames,
			image_reference: reference(4),
			video_reference_base: videos(3),
			audio_reference: audios(1),
		},
		check: (p, g) =>
			g.audio_reference?.length && !g.image_reference?.length && !g.video_reference_base?.length
				? 'audio_reference requires an image_reference or a video_reference_base; a start or end frame does not count'
				: undefined,
	};
}

function motion(name, seedMax) {
	return {
		kind: 'video',
		name,
		prompt: 9999,
		size: withZero(pairs([832, 480], [576, 720], [512, 768], [480, 832], [1280, 720], [720, 1280])),
		params: {
			quantity: int(1, 1),
			mode: oneOf('RESOLUTION_480', 'RESOLUTION_720'),
			seed: int(0, seedMax),
			negative_prompt: text(1000),
			prompt_enhance: oneOf(...AUTO_ON_OFF),
			frame_interpolation: bool,
			controls: loras('akUUID', 1),
			elements: loras('akUUID', Infinity),
			style_ids: styles(Infinity),
			start_frame: legacyStartFrame,
		},
		guidances: { start_frame: reference(1) },
	};
}

/**
 * Retired ids (https://docs.leonardo.ai/docs/deprecations-changes, updatedAt 2026-07-09): Seedance 1.0
 * Lite (2026-05-13), the Veo -preview aliases (2026-05-13), Veo 3 / 3 Fast (2026-06-29), Motion 1.0
 * `svd` (2026-06-17), Sora 2 / 2 Pro (2026-07-09). What the server answers for them: no source found;
 * the sandbox answers as for any unknown model.
 */
const RETIRED = [
	'seedance-1.0-lite',
	'veo-3.0-generate-preview',
	'veo-3.0-fast-generate-preview',
	'veo-3.1-generate-preview',
	'veo-3.1-fast-generate-preview',
	'veo-3.0-generate-001',
	'veo-3.0-fast-generate-001',
	'svd',
	'sora-2',
	'sora-2-pro',
];

/** Live ids are UUIDs (GET /v2/models as seen live): a fixed one per model, derived from its id. */
function modelUuid(id) {
	const hex = crypto.createHash('sha1').update(`leonardo-sandbox:${id}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// ---- validation ------------------------------------------------------------------------------------
const bad = (message, code = 'BAD_REQUEST') => [400, message, code];
const missing = (key) => bad(`expecting a value for non-nullable variable: "${key}"`);
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

function checkValue(key, rule, value, model) {
	switch (rule.type) {
		case 'int':
		case 'number':
			if (
				typeof value !== 'number' ||
				(rule.type === 'int' && !Number.isInteger(value)) ||
				value < rule.min ||
				value > rule.max
			)
				return key === 'seed'
					? `seed must be an integer from ${rule.min} to ${rule.max}`
					: `${key} must be between ${rule.min} and ${rule.max}`;
			return undefined;
		case 'enum':
			return rule.values.includes(value) ? undefined : `invalid ${key} ${value} for ${model}`;
		case 'bool':
			return typeof value === 'boolean' ? undefined : `expected a boolean for '${key}'`;
		case 'string':
			return typeof value === 'string' && value.length <= rule.max
				? undefined
				: `${key} must be a string of at most ${rule.max} characters`;
		case 'styles':
			if (!Array.isArray(value) || !value.every((id) => typeof id === 'string'))
				return `${key} are UUID strings`;
			if (value.length > rule.max) return `${key} takes at most ${rule.max} item(s)`;
			// The server's wording for an id outside the enum: no source found.
			const other = value.find((id) => !rule.allowed.includes(id));
			return other === undefined
				? undefined
				: `${key}: ${JSON.stringify(other)} is not a style ${model} takes`;
		case 'loras':
			if (!Array.isArray(value)) return `${key} must be an array`;
			if (value.length > rule.max)
				return `${key} takes at most ${rule.max} item${rule.max === 1 ? '' : 's'} of { ${rule.key}, weight from -2 to 2 }`;
			for (const item of value) {
				if (!isObject(item) || item[rule.key] === undefined) return `${key} items need ${rule.key}`;
				const extra = Object.keys(item).find((k) => ![rule.key, 'weight'].includes(k));
				if (extra) return `Unexpected variable ${extra}`;
				if (
					item.weight !== undefined &&
					(typeof item.weight !== 'number' || item.weight < -2 || item.weight > 2)
				)
					return `${key} weight must be between -2 and 2`;
			}
			return undefined;
		case 'elements':
			if (!Array.isArray(value)) return `${key} must be an array`;
			if (value.length > rule.max) return `${key} takes at most ${rule.max} items`;
			for (const item of value) {
				if (!isObject(item)) return `${key} items are objects`;
				if (item.weight !== undefined && (typeof item.weight !== 'number' || item.weight < 0))
					return `${key} weight must be at least 0`;
			}
			return undefined;
		case 'startFrameObject':
			return isObject(value) && typeof value.id === 'string' && IMAGE_TYPES.includes(value.type)
				? undefined
				: `${key} is { id, type }`;
		default:
			return undefined;
	}
}

function checkSize(rule, width, height, model) {
	if (width === undefined && height === undefined) return undefined;
	if (width === undefined || height === undefined)
		return 'width and height must be supplied together';
	if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0)
		return `width and height must be non-negative integers for ${model}`;
	if (width === 0 || height === 0)
		return rule.zero && width === 0 && height === 0
			? undefined
			: `invalid dimensions for ${model}: ${width}x${height}`;
	if (rule.any) return undefined;
	if (rule.pairs) {
		if (rule.pairs.some(([w, h]) => w === width && h === height)) return undefined;
		return `invalid dimensions for ${model}: use one of ${[
			...rule.pairs.map(([w, h]) => `${w}x${h}`),
			...(rule.zero ? ['0x0'] : []),
		].join(', ')}`;
	}
	if (rule.each) {
		if (!rule.each.width.includes(width))
			return `invalid width ${width} for ${model}: use one of ${rule.each.width.join(', ')}`;
		if (!rule.each.height.includes(height))
			return `invalid height ${height} for ${model}: use one of ${rule.each.height.join(', ')}`;
		return undefined;
	}
	if (rule.range) {
		const { min, max, multiple, heightMax = max } = rule.range;
		for (const [side, value, top] of [
			['width', width, max],
			['height', height, heightMax],
		]) {
			if (value < min || value > top || value % multiple !== 0)
				return `${side} must be ${multiple > 1 ? `a multiple of ${multiple} ` : ''}from ${min} to ${top} for ${model}`;
		}
		return undefined;
	}
	if (rule.gptImage2) {
		const pixels = width * height;
		if (Math.max(width, height) >= 3840) return 'the longest side must be under 3840 pixels';
		if (width % 16 !== 0 || height % 16 !== 0) return 'width and height must be multiples of 16';
		if (Math.max(width, height) / Math.min(width, height) > 3)
			return 'the long side must be at most 3 times the short side';
		if (pixels < 655360 || pixels > 8294400)
			return 'width × height must be between 655,360 and 8,294,400 pixels';
	}
	return undefined;
}

function checkGuidances(spec, model, guidances, known) {
	if (guidances === undefined) return undefined;
	if (!isObject(guidances)) return "expected an object for 'guidances'";
	for (const [kind, list] of Object.entries(guidances)) {
		const rule = spec.guidances[kind];
		if (!rule) return `Unexpected variable ${kind}`;
		if (!Array.isArray(list)) return `expected an array for '${kind}'`;
		if (list.length > rule.max) return `${kind} takes at most ${rule.max} item(s)`;
		for (const item of list) {
			const problem = checkGuidanceItem(kind, rule, item, known);
			if (problem) return problem;
		}
	}
	return undefined;
}

function checkGuidanceItem(kind, rule, item, { imageKnown, videoKnown, audioKnown }) {
	if (!isObject(item)) return `${kind} items are objects`;
	if (rule.item === 'image') {
		const keys = ['image', 'order', ...(rule.strengths !== undefined ? ['strength'] : [])];
		// A `strength` on an item whose schema has none: rejection undocumented — accepted (no source found).
		const extra = Object.keys(item).find((k) => !keys.includes(k) && k !== 'strength');
		if (extra) return `Unexpected variable ${extra}`;
		if (!isObject(item.image)) return missing('image').at(1);
		if (!IMAGE_TYPES.includes(item.image.type))
			return `invalid image type ${item.image.type}: use one of ${IMAGE_TYPES.join(', ')}`;
		const imageExtra = Object.keys(item.image).find(
			(k) => !['id', 'url', 'data', 'type', 'width', 'height'].includes(k),
		);
		if (imageExtra) return `Unexpected variable ${imageExtra}`;
		if (item.order !== undefined && !(Number.isInteger(item.order) && item.order >= 0))
			return 'order must be an integer from 0';
		if (rule.strengthRequired && item.strength === undefined) return missing('strength').at(1);
		if (item.strength !== undefined && rule.strengths && !rule.strengths.includes(item.strength))
			return `strength must be one of ${rule.strengths.join(', ')}`;
		if (!imageKnown(item.image))
			return `invalid ${kind} image ${item.image.id ?? item.image.url ?? ''} (${item.image.type})`;
		return undefined;
	}
	if (rule.item === 'video') {
		const extra = Object.keys(item).find(
			(k) => !['video', ...(rule.itemTypes ? ['type'] : [])].includes(k),
		);
		if (extra) return `Unexpected variable ${extra}`;
		if (item.type !== undefined && !rule.itemTypes.includes(item.type))
			return `type must be one of ${rule.itemTypes.join(', ')}`;
		const video = item.video;
		if (!isObject(video)) return missing('video').at(1);
		const videoExtra = Object.keys(video).find(
			(k) => !['id', 'url', 'type', 'width', 'height', 'duration', 'motion_has_audio'].includes(k),
		);
		if (videoExtra) return `Unexpected variable ${videoExtra}`;
		if (typeof video.id !== 'string') return missing('id').at(1);
		if (!MEDIA_TYPES.includes(video.type)) return `invalid video type ${video.type}`;
		if (rule.durationRequired && video.duration === undefined) return missing('duration').at(1);
		if (
			rule.duration &&
			video.duration !== undefined &&
			(video.duration < rule.duration[0] || video.duration > rule.duration[1])
		)
			return `video duration must be from ${rule.duration[0]} to ${rule.duration[1]} seconds`;
		if (rule.side) {
			for (const side of ['width', 'height']) {
				const value = video[side];
				if (value !== undefined && (value < rule.side[0] || value > rule.side[1]))
					return `video ${side} must be from ${rule.side[0]} to ${rule.side[1]}`;
			}
		}
		if (!videoKnown(video)) return `invalid ${kind} video ${video.id} (${video.type})`;
		return undefined;
	}
	if (rule.item === 'audio') {
		const extra = Object.keys(item).find((k) => k !== 'audio');
		if (extra) return `Unexpected variable ${extra}`;
		const audio = item.audio;
		if (!isObject(audio)) return missing('audio').at(1);
		const audioExtra = Object.keys(audio).find(
			(k) => !['id', 'url', 'type', 'duration'].includes(k),
		);
		if (audioExtra) return `Unexpected variable ${audioExtra}`;
		if (typeof audio.id !== 'string') return missing('id').at(1);
		if (!MEDIA_TYPES.includes(audio.type)) return `invalid audio type ${audio.type}`;
		if (
			rule.duration &&
			audio.duration !== undefined &&
			(audio.duration < rule.duration[0] || audio.duration > rule.duration[1])
		)
			return `audio duration must be from ${rule.duration[0]} to ${rule.duration[1]} seconds`;
		if (!audioKnown(audio)) return `invalid ${kind} audio ${audio.id} (${audio.type})`;
		return undefined;
	}
	if (rule.item === 'webpage') {
		const extra = Object.keys(item).find((k) => k !== 'webpage');
		if (extra) return `Unexpected variable ${extra}`;
		if (!isObject(item.webpage) || typeof item.webpage.url !== 'string')
			return missing('url').at(1);
		if (!/^https?:\/\//.test(item.webpage.url)) return 'webpage url must be a public http(s) URL';
		return undefined;
	}
	return undefined;
}

/**
 * What Leonardo's v2 create answers for a body: undefined (accepted) or [status, message, code].
 * `known` = { imageKnown(image), videoKnown(video), audioKnown(audio) }: whether a referenced id exists.
 * Moderation of the prompt is the caller's (generations.js `moderationProblem`).
 */
function validateV2Body(body, known) {
	if (!isObject(body)) return bad('expected an object');
	const top = Object.keys(body).find((k) => !['model', 'public', 'parameters'].includes(k));
	if (top) return bad(`Unexpected variable ${top}`);
	if (typeof body.model !== 'string') return missing('model');
	const spec = MODELS[body.model];
	if (!spec) return bad(`model ${body.model} is not supported`);
	if (spec.validate) return spec.validate(body, known);
	if (body.public !== undefined && typeof body.public !== 'boolean')
		return bad("expected a boolean for 'public'");
	const p = body.parameters;
	if (!isObject(p)) return missing('parameters');
	const model = body.model;
	if (spec.modeRetired && p.mode !== undefined)
		return bad(`The mode parameter is no longer supported for ${model}: use quality instead`);
	// A model without `prompt` (Rodin V2) or without `size` (audio, 3D) takes no such parameter.
	const allowed = [
		...(spec.prompt ? ['prompt'] : []),
		...(spec.size ? ['width', 'height'] : []),
		'guidances',
		...Object.keys(spec.params),
	];
	const unknown = Object.keys(p).find((k) => !allowed.includes(k));
	if (unknown) return bad(`Unexpected variable ${unknown}`);
	if (spec.prompt && (typeof p.prompt !== 'string' || !p.prompt.trim())) return missing('prompt');
	if (spec.prompt && p.prompt.length > spec.prompt)
		return bad(`prompt is longer than ${spec.prompt} characters`);
	const absent = (spec.required ?? []).find((key) => p[key] === undefined);
	if (absent) return missing(absent);
	for (const [key, rule] of Object.entries(spec.params)) {
		if (p[key] === undefined) continue;
		const problem = checkValue(key, rule, p[key], model);
		if (problem) return bad(problem);
	}
	const sizeProblem = spec.size && checkSize(spec.size, p.width, p.height, model);
	if (sizeProblem) return bad(sizeProblem);
	if (spec.modeSizes && p.mode !== undefined && p.width) {
		const sizes = spec.modeSizes[p.mode] ?? [];
		if (!sizes.some(([w, h]) => w === p.width && h === p.height))
			return bad(`${p.width}x${p.height} is not a ${p.mode} size for ${model}`);
	}
	const guidanceProblem = checkGuidances(spec, model, p.guidances, known);
	if (guidanceProblem) return bad(guidanceProblem);
	const g = p.guidances ?? {};
	const has = (kind) => Array.isArray(g[kind]) && g[kind].length > 0;
	const needed = (spec.requiredGuidances ?? []).find(
		(kind) => !has(kind) && !(kind === 'start_frame' && p.start_frame),
	);
	if (needed) return missing(needed);
	if (has('end_frame') && !has('start_frame'))
		return bad('end_frame is only available when start_frame is provided');
	for (const [reference, ...frameKinds] of spec.exclusive ?? []) {
		if (has(reference) && frameKinds.some(has))
			return bad(`${reference} is not available with ${frameKinds.join(' or ')}`);
	}
	if (
		spec.videoExcludesFrames &&
		has('video_reference_base') &&
		(has('start_frame') || has('end_frame'))
	)
		return bad('video_reference_base is not available with start_frame or end_frame');
	const extra = spec.check?.(p, g);
	if (extra) return bad(extra);
	return undefined;
}

// ---- GET /v2/models ----------------------------------------------------------------------------
function jsonSchemaOf(rule) {
	switch (rule.type) {
		case 'int':
			return { type: 'integer', minimum: rule.min, maximum: rule.max };
		case 'number':
			return { type: 'number', minimum: rule.min, maximum: rule.max };
		case 'enum':
			return {
				type: typeof rule.values[0] === 'number' ? 'integer' : 'string',
				enum: rule.values,
			};
		case 'bool':
			return { type: 'boolean' };
		case 'string':
			return { type: 'string', maxLength: rule.max };
		case 'styles':
			return {
				type: 'array',
				items: { type: 'string', format: 'uuid', enum: rule.allowed },
				...(Number.isFinite(rule.max) ? { maxItems: rule.max } : {}),
			};
		case 'loras':
			return {
				type: 'array',
				...(Number.isFinite(rule.max) ? { maxItems: rule.max } : {}),
				items: {
					type: 'object',
					required: [rule.key],
					properties: {
						[rule.key]: { type: rule.key === 'userLoraId' ? 'integer' : 'string' },
						weight: { type: 'number', minimum: -2, maximum: 2 },
					},
					additionalProperties: false,
				},
			};
		case 'elements':
			return {
				type: 'array',
				maxItems: rule.max,
				items: { properties: { weight: { minimum: 0 } } },
			};
		case 'startFrameObject':
			return {
				type: 'object',
				deprecated: true,
				properties: { id: { type: 'string' }, type: { type: 'string', enum: IMAGE_TYPES } },
			};
		default:
			return {};
	}
}

function guidanceSchema(rule) {
	const item =
		rule.item === 'image'
			? {
					required: ['image', ...(rule.strengthRequired ? ['strength'] : [])],
					properties: {
						image: {
							type: 'object',
							properties: {
								id: { type: 'string', format: 'uuid' },
								url: { type: 'string', format: 'uri' },
								data: { type: 'string', format: 'byte' },
								type: { type: 'string', enum: IMAGE_TYPES },
								width: { type: 'integer' },
								height: { type: 'integer' },
							},
						},
						order: { type: 'integer', minimum: 0 },
						...(rule.strengths ? { strength: { type: 'string', enum: rule.strengths } } : {}),
					},
				}
			: rule.item === 'webpage'
				? {
						required: ['webpage'],
						properties: { webpage: { type: 'object', properties: { url: { type: 'string' } } } },
					}
				: {
						required: [rule.item],
						properties: {
							[rule.item]: {
								type: 'object',
								required: ['id', 'type', ...(rule.durationRequired ? ['duration'] : [])],
								properties: {
									id: { type: 'string', format: 'uuid' },
									url: { type: 'string', format: 'uri' },
									type: { type: 'string', enum: MEDIA_TYPES },
									duration: { type: 'number' },
									...(rule.item === 'video'
										? {
												width: { type: 'integer' },
												height: { type: 'integer' },
												motion_has_audio: { type: 'boolean' },
											}
										: {}),
								},
								additionalProperties: false,
							},
							...(rule.itemTypes ? { type: { type: 'string', enum: rule.itemTypes } } : {}),
						},
					};
	return { type: 'array', maxItems: rule.max, items: { type: 'object', ...item } };
}

function sizeSchema(rule) {
	if (rule.pairs) {
		const widths = [...new Set(rule.pairs.map(([w]) => w))];
		const heights = [...new Set(rule.pairs.map(([, h]) => h))];
		const zero = rule.zero ? [0] : [];
		return [
			{ type: 'integer', enum: [...widths, ...zero] },
			{ type: 'integer', enum: [...heights, ...zero] },
		];
	}
	if (rule.each) {
		const zero = rule.zero ? [0] : [];
		return [
			{ type: 'integer', enum: [...rule.each.width, ...zero] },
			{ type: 'integer', enum: [...rule.each.height, ...zero] },
		];
	}
	if (rule.range) {
		const { min, max, multiple, heightMax = max } = rule.range;
		const step = multiple > 1 ? { multipleOf: multiple } : {};
		return [
			{ type: 'integer', minimum: rule.zero ? 0 : min, maximum: max, ...step },
			{ type: 'integer', minimum: rule.zero ? 0 : min, maximum: heightMax, ...step },
		];
	}
	if (rule.gptImage2)
		return [
			{ type: 'integer', multipleOf: 16, maximum: 3824 },
			{ type: 'integer', multipleOf: 16, maximum: 3824 },
		];
	return [{ type: 'integer' }, { type: 'integer' }];
}

/** The GET /v2/models answer: { productionApiAvailableModels: [{ id (UUID), name, parameters }] }. */
function modelList() {
	return {
		productionApiAvailableModels: Object.entries(MODELS).map(([id, spec]) => {
			if (spec.schema) return { id: modelUuid(id), name: spec.name, parameters: spec.schema };
			const [width, height] = spec.size ? sizeSchema(spec.size) : [];
			return {
				id: modelUuid(id),
				name: spec.name,
				parameters: {
					type: 'object',
					additionalProperties: false,
					required: [...(spec.prompt ? ['prompt'] : []), ...(spec.required ?? [])],
					properties: {
						...(spec.prompt
							? { prompt: { type: 'string', minLength: 1, maxLength: spec.prompt } }
							: {}),
						...(spec.size ? { width, height } : {}),
						...Object.fromEntries(
							Object.entries(spec.params).map(([key, rule]) => [key, jsonSchemaOf(rule)]),
						),
						guidances: {
							type: 'object',
							additionalProperties: false,
							properties: Object.fromEntries(
								Object.entries(spec.guidances).map(([kind, rule]) => [kind, guidanceSchema(rule)]),
							),
						},
					},
				},
			};
		}),
	};
}

const isVideoModel = (id) => MODELS[id]?.kind === 'video';

/**
 * Whether ids referenced by a v2 body exist in the sandbox's state: UPLOADED images are init images
 * whose bytes reached S3; GENERATED ones are generated images; VARIATION ids are variations; URL is
 * an https or data: URL; BASE64 raw data without a data: prefix. A GENERATED video is a generated
 * image whose generation is a video ("The video ID is the image ID of the associated image" —
 * https://docs.leonardo.ai/docs/kling-o1). An UPLOADED video or audio is a media ID of POST
 * /v1/media whose file reached S3 and is a readable file of that kind (media.js `uploadedMediaKind`;
 * that Leonardo takes the media ID there, and refuses an unknown one, is assumed); a GENERATED audio
 * one of an audio generation (inferred likewise).
 */
function v2KnownIn(state) {
	const upload = (id) => state.initImages?.get(id);
	return {
		state,
		imageKnown: (image) => {
			switch (image?.type) {
				case 'UPLOADED':
					return Boolean(upload(image.id) && state.objects?.has(upload(image.id).key));
				case 'GENERATED':
					return Boolean(state.generatedImages?.has(image.id));
				case 'VARIATION':
					return Boolean(state.variations?.has(image.id));
				case 'URL':
					return typeof image.url === 'string' && /^(https:\/\/|data:image\/)/.test(image.url);
				case 'BASE64':
					return (
						typeof image.data === 'string' &&
						image.data.length > 0 &&
						!image.data.startsWith('data:')
					);
				default:
					return false;
			}
		},
		videoKnown: (video) => {
			if (video?.type === 'UPLOADED') return uploadedMediaKind(state, video.id) === 'VIDEO';
			const image = state.generatedImages?.get(video?.id);
			return Boolean(image && state.generations?.get(image.generationId)?.video);
		},
		audioKnown: (audio) =>
			audio?.type === 'UPLOADED'
				? uploadedMediaKind(state, audio.id) === 'AUDIO'
				: audio?.type === 'GENERATED' && isGeneratedAudio(state, audio.id),
	};
}

module.exports = {
	V2_MODELS: MODELS,
	RETIRED,
	validateV2Body,
	modelList,
	modelUuid,
	isVideoModel,
	v2KnownIn,
};
