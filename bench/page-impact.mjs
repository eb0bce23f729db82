export async function pageImpactSection() {
  return [];
}
