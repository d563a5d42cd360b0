/**
 * Motion 2.0's camera moves (sent as elements): the Motion Control table of
 * https://docs.leonardo.ai/docs/generate-with-motion-2-using-generated-images. Its first eleven rows
 * were read on the page; the others as two independent public clients list the same table.
 */
export const CAMERA_MOVES: Array<[string, string]> = [
	['Bullet Time', 'fbed015e-594e-4f78-b4be-3b07142aaa1e'],
	['Crane Down', '5a1d2a6a-7709-4097-9158-1b7ae6c9e647'],
	['Crane Over Head', '1054d533-168c-4821-bd3d-a56182afa4f3'],
	['Crane Up', 'c765bd57-cdc5-4317-a600-69a8bd6c4ce6'],
	['Crash Zoom In', 'b0191ad1-a723-439c-a4bc-a3f5d5884db3'],
	['Crash Zoom Out', '1975ac74-92ca-46b3-81b3-6f191a9ae438'],
	['Disintegration', 'a51e2e8d-ba5e-44f2-9e00-3d86fd93c9bc'],
	['Dolly In', 'ece8c6a9-3deb-430e-8c93-4d5061b6adbf'],
	['Dolly Left', 'f507880a-3fa8-4c3a-96bb-3ce3b70ac53b'],
	['Dolly Out', '772cb36a-7d18-4250-b4aa-0c3f1a8431a0'],
	['Dolly Right', '587a0109-30be-4781-a18e-e353b580fd10'],
	['Explosion', '65da803d-c015-495a-8d5c-e969a79c9894'],
	['Eyes In', '148b50d0-2040-4524-a36f-6e330f9e362e'],
	['Flood', 'a12c150e-95e9-469b-ba9b-6d5323ac5a09'],
	['Handheld', '75722d13-108f-4cea-9471-cb7e5fc049fe'],
	['Lens Crack', '193da194-2632-4f6a-a1df-d03ca9ae0ea9'],
	['Medium Zoom In', 'f46d8e7f-e0ca-4f6a-90ab-141d731f47ae'],
	['Orbit Left', '74bea0cc-9942-4d45-9977-28c25078bfd4'],
	['Orbit Right', 'aec24e36-a2e8-4fae-920c-127d276bbe4b'],
	['Robo Arm', '8df55fe2-5c6f-4dbf-8ade-eb997807ca0d'],
	['Super Dolly In', 'a3992d78-34fc-44c6-b157-e2755d905197'],
	['Super Dolly Out', '906b93f2-beb3-42be-9283-92236cc90ed6'],
	['Tilt Down', 'a1923b1b-854a-46a1-9e26-07c435098b87'],
	['Tilt Up', '6ad6de1f-bd15-4d0b-ae0e-81d1a4c6c085'],
];
