import { DEFAULT_EMULATOR_TEAMS_APP_ID } from '../../src/auth/config';

/**
 * Fixed names and ids of the seeded tenants, so tests, benchmarks and the app can find the CX team
 * without searching. The ids never depend on `newId`: the demo and the empty tenant share them, and
 * a token minted for a persona stays meaningful across `POST /emulator/reset`.
 *
 * Everything lives under `contoso.example` (RFC 2606): never a real organisation's domain.
 */

export const DEMO_TENANT_ID = '6f1d3c2a-8b4e-4c7a-9e21-5d0b7a3f9c48';
export const DEMO_TENANT_NAME = 'Contoso';
export const DEMO_DOMAIN = 'contoso.example';
/** SharePoint host of the tenant's sites. */
export const DEMO_SHAREPOINT_HOST = 'contoso.sharepoint.com';

/** The CX team: a Unified (Microsoft 365) group with a team, a root site and a Planner plan. */
export const DEMO_CX_GROUP_ID = '0b8e2f4d-3a6c-4f1e-8d2b-7c9a1e5f3b60';
export const DEMO_CX_GROUP_NAME = 'CX Council';
export const DEMO_CX_GROUP_MAIL_NICKNAME = 'cxcouncil';
/** Site collection id and web id of the group's root site. */
export const DEMO_CX_SITE_COLLECTION_ID = '4e7a9c1b-2d5f-4b8e-a3c6-9f0d2e1b7a54';
export const DEMO_CX_SITE_WEB_ID = 'a2c4e6f8-1b3d-4f5a-8c7e-0d9b2f4a6c81';
/** SharePoint's composite site id: `{hostname},{site collection id},{web id}`. */
export const DEMO_CX_SITE_ID = `${DEMO_SHAREPOINT_HOST},${DEMO_CX_SITE_COLLECTION_ID},${DEMO_CX_SITE_WEB_ID}`;
/** Planner plan ids are 28-character opaque strings. */
export const DEMO_CX_PLAN_ID = 'Xq7cTn2bRkWu4HdA9sLe3mGfUAAB';
/** The team's channel thread id (the team's `internalId`). */
export const DEMO_CX_TEAM_INTERNAL_ID = '19:Jq3vN8kLr2TxW5pZ0cYh7mBd4sFa6GeU@thread.tacv2';

/** The CX Cadence app in the organisation's Teams app catalog. */
export const DEMO_CX_CADENCE_APP_ID = 'c3e9a1f5-7b2d-4e6a-9c8f-1d4b6a2e0f37';
/** The app's manifest id (`externalId` in the catalog). */
export const DEMO_CX_CADENCE_APP_EXTERNAL_ID = DEFAULT_EMULATOR_TEAMS_APP_ID;
export const DEMO_CX_CADENCE_APP_NAME = 'CX Cadence';

/** Fixed user ids (Entra object ids) of the personas. */
export const DEMO_USER_IDS = {
  amara: '1a6f3e2b-0c4d-4e8a-9b7f-2d5c1e8a4f01',
  dana: '2b7a4f3c-1d5e-4f9b-8c0a-3e6d2f9b5a02',
  sam: '3c8b5a4d-2e6f-4a0c-9d1b-4f7e3a0c6b03',
  marcus: '4d9c6b5e-3f7a-4b1d-8e2c-5a8f4b1d7c04',
  lukas: '5e0d7c6f-4a8b-4c2e-9f3d-6b9a5c2e8d05',
  sofia: '6f1e8d7a-5b9c-4d3f-8a4e-7c0b6d3f9e06',
  priya: '7a2f9e8b-6c0d-4e4a-9b5f-8d1c7e4a0f07',
  jordan: '8b3a0f9c-7d1e-4f5b-8c6a-9e2d8f5b1a08',
  wei: '9c4b1a0d-8e2f-4a6c-9d7b-0f3e9a6c2b09',
  hannah: 'ad5c2b1e-9f3a-4b7d-8e8c-1a4f0b7d3c10',
  rafael: 'be6d3c2f-0a4b-4c8e-9f9d-2b5a1c8e4d11',
  noah: 'cf7e4d3a-1b5c-4d9f-8a0e-3c6b2d9f5e12',
  grace: 'd08f5e4b-2c6d-4e0a-9b1f-4d7c3e0a6f13',
} as const;

export type DemoPersonKey = keyof typeof DEMO_USER_IDS;

/** Who plays which part, by UPN. */
export const DEMO_CX_LEAD_UPN = `dana.kim@${DEMO_DOMAIN}`;
export const DEMO_EXECUTIVE_SPONSOR_UPN = `amara.okafor@${DEMO_DOMAIN}`;
/** The member who is out of office for a whole week a few weeks after `now` (demo tenant only). */
export const DEMO_OUT_OF_OFFICE_UPN = `lukas.weber@${DEMO_DOMAIN}`;
/** People in the tenant but not in the CX group: to show what they cannot reach. */
export const DEMO_OUTSIDER_UPNS = [`noah.fischer@${DEMO_DOMAIN}`, `grace.liu@${DEMO_DOMAIN}`];
