/**
 * The baseline of the side panel load benchmark (bench/sidePanelLoad.ts): the least a Fluent UI v9
 * page can be, mounted the way every surface is (`mountSurface`): FluentProvider with the Teams
 * light theme and one Text. Built with the app's webpack settings and served by the app server,
 * so the side panel's figures compare with what Fluent and React cost on their own.
 */
import { FluentProvider, Text, teamsLightTheme } from '@fluentui/react-components';
import { mountSurface } from '../../src/ui/shell/mountSurface';

/** The benchmark waits for this element (bench/sidePanelLoad.ts names it too). */
const BLANK_TEXT_ID = 'blank-fluent-text';

mountSurface(
  <FluentProvider theme={teamsLightTheme}>
    <Text id={BLANK_TEXT_ID}>A blank Fluent UI page</Text>
  </FluentProvider>,
);
