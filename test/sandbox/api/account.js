'use strict';
// The account and the platform models: GET /me, GET /platformModels.
const { PLATFORM_MODELS, SANDBOX_USER, apiJson } = require('../common');

function accountRoutes({ sandbox, state }) {
	return [
		{
			method: 'GET',
			path: '/me',
			handle: ({ res }) =>
				apiJson(res, 200, {
					user_details: [
						{
							user: SANDBOX_USER,
							apiConcurrencySlots: sandbox.concurrencySlots,
							apiPaidTokens: state.balance.paid,
							apiSubscriptionTokens: state.balance.subscription,
							apiPlanTokenRenewalDate: null,
							paidTokens: 0,
							subscriptionTokens: 0,
							subscriptionGptTokens: 0,
							subscriptionModelTokens: 0,
							tokenRenewalDate: null,
						},
					],
				}),
		},
		{
			method: 'GET',
			path: '/platformModels',
			handle: ({ res }) => apiJson(res, 200, { custom_models: PLATFORM_MODELS }),
		},
	];
}

module.exports = { accountRoutes };
