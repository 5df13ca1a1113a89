// Hands React's Server Components loader each ES module's source as text, as
// it expects, without its source-map comment: that loader would fetch the map
// by its bare relative name, which Node cannot resolve.
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (result.format !== 'module' || result.source == null) return result;
  const text =
    typeof result.source === 'string' ? result.source : Buffer.from(result.source).toString('utf8');
  return { ...result, source: text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n') };
}
