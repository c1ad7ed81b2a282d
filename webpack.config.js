// Builds one bundle and one HTML page per UI surface (src/ui/<surface>/index.tsx), split so each
// surface ships only its own code plus the chunks it shares with others (DESIGN.md §8: the side
// panel stays small). Configuration reaches the app at build time through the CX_CADENCE_*
// environment variables documented in the README (read by src/auth/config.ts).
//
//   npx webpack --mode production                       → dist/ (content-hashed file names)
//   npx webpack --mode development --env outDir=/tmp/x  → readable bundles elsewhere (tests)
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const uiRoot = path.resolve(__dirname, 'src/ui');
const authConfigFile = path.resolve(__dirname, 'src/auth/config.ts');

/** Used until src/auth/config.ts exports APP_CONFIG_VARIABLES. */
const FALLBACK_CONFIG_VARIABLES = [
  'CX_CADENCE_AUTH_MODE',
  'CX_CADENCE_CLIENT_ID',
  'CX_CADENCE_TENANT_ID',
  'CX_CADENCE_GRAPH_BASE_URL',
  'CX_CADENCE_EMULATOR_URL',
  'CX_CADENCE_APP_URL',
  'CX_CADENCE_TEAMS_APP_ID',
];

/** The page title of each known surface; a new surface gets its folder name until added here. */
const SURFACE_TITLES = {
  signIn: 'Sign in',
  hub: 'CX hub',
  planner: 'Cadence planner',
  sidePanel: 'Meeting side panel',
  summary: 'Meeting summary',
  configure: 'Set up the tab',
  outlookCommands: 'Outlook commands',
  'auth-redirect': 'Signing in',
};

function surfaceEntries() {
  if (!fs.existsSync(uiRoot)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(uiRoot, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [entry.name, path.join(uiRoot, entry.name, 'index.tsx')])
      .filter(([, file]) => fs.existsSync(file)),
  );
}

/**
 * The variable names src/auth/config.ts lists in `APP_CONFIG_VARIABLES` (read from its source: the
 * config is TypeScript and webpack's config is not), else the fallback list.
 */
function configVariables() {
  if (!fs.existsSync(authConfigFile)) return FALLBACK_CONFIG_VARIABLES;
  const source = fs.readFileSync(authConfigFile, 'utf8');
  const list = /APP_CONFIG_VARIABLES[^=]*=\s*\[([\s\S]*?)\n\];/.exec(source);
  const names = list
    ? [...new Set([...list[1].matchAll(/['"](CX_CADENCE_[A-Z0-9_]+)['"]/g)].map((m) => m[1]))]
    : [];
  return names.length > 0 ? names : FALLBACK_CONFIG_VARIABLES;
}

/**
 * `process.env.X` for each configuration variable: its build-time value, or `undefined` when unset
 * (as in Node), so src/auth applies its defaults and reports what is missing. Nothing else of the
 * build machine's environment reaches the bundle.
 */
function definedConfig(environment) {
  const values = Object.fromEntries(
    configVariables().map((name) => [
      name,
      environment[name] === '' ? undefined : environment[name],
    ]),
  );
  const perVariable = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      `process.env.${name}`,
      value === undefined ? 'undefined' : JSON.stringify(value),
    ]),
  );
  return { ...perVariable, 'process.env': JSON.stringify(values) };
}

function surfacePage(surface) {
  const title = `CX Cadence · ${SURFACE_TITLES[surface] ?? surface}`;
  return new HtmlWebpackPlugin({
    filename: `${surface}.html`,
    chunks: [surface],
    scriptLoading: 'defer',
    inject: 'head',
    templateContent: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
  </head>
  <body></body>
</html>
`,
  });
}

module.exports = (env = {}, argv = {}) => {
  const entry = surfaceEntries();
  if (Object.keys(entry).length === 0) {
    throw new Error(
      'No UI surface exists yet (src/ui/<surface>/index.tsx): the Teams app surfaces arrive with issue 5.',
    );
  }
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    entry,
    output: {
      path: path.resolve(__dirname, env.outDir ?? 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true } }],
    },
    plugins: [
      new webpack.DefinePlugin(definedConfig(process.env)),
      ...Object.keys(entry).map(surfacePage),
    ],
    optimization: { splitChunks: { chunks: 'all' } },
    // No eval-based source maps: the app server's Content-Security-Policy forbids eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    performance: { maxEntrypointSize: 250 * 1024, hints: production ? 'warning' : false },
  };
};
