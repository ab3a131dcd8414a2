/** A wa.me link that opens a chat with `number` (E.164) and a prefilled message. */
export const whatsappUrl = (number: string, text: string): string =>
  `https://wa.me/${number.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`
