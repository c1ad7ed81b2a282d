// Builds one bundle per UI surface (src/ui/<surface>/index.tsx), so the side panel ships only its
// own code (DESIGN.md §8: code split per surface). Configuration reaches the app at build time
// through the CX_CADENCE_* environment variables documented in the README.
const fs = require('fs');
const path = require('path');

const uiRoot = path.resolve(__dirname, 'src/ui');

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

module.exports = (_env, argv) => {
  const entry = surfaceEntries();
  if (Object.keys(entry).length === 0) {
    throw new Error(
      'No UI surface exists yet (src/ui/<surface>/index.tsx): the Teams app surfaces arrive with issue 5.',
    );
  }
  const production = argv.mode !== 'development';
  return {
    entry,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true } }],
    },
    optimization: { splitChunks: { chunks: 'all' } },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    performance: { maxEntrypointSize: 250 * 1024, hints: production ? 'warning' : false },
  };
};
