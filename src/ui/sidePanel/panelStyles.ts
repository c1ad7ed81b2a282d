import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

/** Layout shared by the panel's sections: one column, nothing wider than the 280 px panel. */
export const usePanelStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingBlockStart: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
  },
  subheading: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  listItem: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  /** The agenda item running now: a brand-coloured edge beside the "Now" label. */
  currentItem: {
    ...shorthands.borderLeft(tokens.strokeWidthThickest, 'solid', tokens.colorBrandStroke1),
  },
  muted: {
    color: tokens.colorNeutralForeground2,
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  /** A native select is as wide as its longest option: keep it inside the panel instead. */
  select: {
    minWidth: 0,
    maxWidth: '100%',
    width: '100%',
  },
  mission: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalM,
    ...shorthands.borderLeft(tokens.strokeWidthThick, 'solid', tokens.colorBrandStroke1),
    color: tokens.colorNeutralForeground1,
  },
});
