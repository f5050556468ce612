/** Reads a chosen file as base64 (without the data: prefix), to send in a JSON body. */
export function leesBase64(bestand: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const lezer = new FileReader();
    lezer.onload = () => resolve(String(lezer.result).replace(/^data:[^,]*,/, ""));
    lezer.onerror = () => reject(lezer.error);
    lezer.readAsDataURL(bestand);
  });
}
