/**
 * Leonardo's 3D model files (SDK 4.21.3 `uploadmodelasset.ts`, `delete3dmodelbyid.ts`;
 * https://docs.leonardo.ai/docs/3d-texture-generation): `POST /models-3d/upload` with
 * `{ modelExtension, name }` answers `{ uploadModelAsset: { modelId, modelUrl, modelFields, modelKey } }`,
 * a presigned S3 POST like the init image's; `DELETE /models-3d/{id}` answers
 * `{ delete_model_assets_by_pk: { id } }`, `null` for an unknown ID.
 */
export const MODEL_ASSETS_COLLECTION = '/models-3d';
export const MODEL_ASSET_UPLOAD_PATH = '/models-3d/upload';
export const MODEL_ASSET_UPLOAD_KEY = 'uploadModelAsset';
export const MODEL_ASSET_DELETE_KEY = 'delete_model_assets_by_pk';
