import { cadenceId, type CadenceId } from '../../domain/ids';

/**
 * What the side panel's URL says: `sidePanel.html?groupId=<g>&cadenceId=<c>[&occurrence=<id>]`.
 * The planner pins the panel to the meeting chat with the team and the cadence; the local meeting
 * page (and a deep link) adds the occurrence, its UTC start.
 */
export type PanelParams =
  | {
      readonly kind: 'meeting';
      readonly groupId: string;
      readonly cadenceId: CadenceId;
      readonly occurrenceId: string | undefined;
    }
  | { readonly kind: 'incomplete'; readonly message: string };

export function readPanelParams(pageUrl: string): PanelParams {
  const query = new URL(pageUrl).searchParams;
  const groupId = query.get('groupId')?.trim();
  const cadence = query.get('cadenceId')?.trim();
  const occurrence = query.get('occurrence')?.trim();
  if (!groupId || !cadence) {
    return {
      kind: 'incomplete',
      message:
        'This side panel does not say which CX team and cadence it belongs to. Add CX Cadence to the meeting again from the cadence planner, which pins the panel with both.',
    };
  }
  return {
    kind: 'meeting',
    groupId,
    cadenceId: cadenceId(cadence),
    occurrenceId: occurrence || undefined,
  };
}
