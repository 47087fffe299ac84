/**
 * Replaces each {name} in a catalogue template by its value. An unknown placeholder throws: it is
 * a mistake in the catalogue, and the catalogue tests explain every measure to catch it early.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`advice template uses unknown placeholder {${name}}: ${template}`);
    return value;
  });
}
