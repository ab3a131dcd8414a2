import type { Config } from 'payload'

/**
 * Dates in the admin: "3 Des 2026, 00.48". One pattern serves both languages (Payload takes one),
 * and Payload's only English date locale is American ("12:48 AM"), so the time is written with
 * the 24-hour clock and a dot, as Indonesian writes it and British usage allows.
 */
export const ADMIN_DATE_FORMAT = 'd MMM yyyy, HH.mm'

/**
 * What Payload and its rich-text editor leave in English or word confusingly. The editor ships no
 * Indonesian at all, so without these its placeholder shows the raw key "lexical:general:…".
 */
export const ADMIN_TRANSLATIONS = {
  en: {
    general: {
      // The menu switches the language of the content being edited, not of the admin.
      locale: 'Content language',
    },
  },
  id: {
    general: {
      locale: 'Bahasa konten',
      edit: 'Ubah',
      editLabel: 'Ubah {{label}}',
      editAll: 'Ubah semua',
    },
    fields: {
      editLabelData: 'Ubah data {{label}}',
      editLink: 'Ubah tautan',
      editRelationship: 'Ubah relasi',
    },
    upload: {
      editImage: 'Ubah gambar',
    },
    lexical: {
      general: {
        placeholder: "Mulai mengetik, atau tekan '/' untuk perintah…",
        slashMenuBasicGroupLabel: 'Dasar',
        slashMenuListGroupLabel: 'Daftar',
        toolbarItemsActive: '{{count}} aktif',
      },
      align: {
        alignCenterLabel: 'Rata tengah',
        alignJustifyLabel: 'Rata kiri-kanan',
        alignLeftLabel: 'Rata kiri',
        alignRightLabel: 'Rata kanan',
      },
      blockquote: { label: 'Kutipan' },
      blocks: {
        inlineBlocks: {
          create: 'Buat {{label}}',
          edit: 'Ubah {{label}}',
          label: 'Blok dalam baris',
          remove: 'Hapus {{label}}',
        },
        label: 'Blok',
      },
      checklist: { label: 'Daftar centang' },
      heading: { label: 'Judul {{headingLevel}}' },
      horizontalRule: { label: 'Garis pemisah' },
      indent: { decreaseLabel: 'Kurangi indentasi', increaseLabel: 'Tambah indentasi' },
      link: { label: 'Tautan', loadingWithEllipsis: 'Memuat…' },
      orderedList: { label: 'Daftar bernomor' },
      paragraph: { label: 'Paragraf', label2: 'Teks biasa' },
      relationship: { label: 'Relasi' },
      textState: { defaultStyle: 'Gaya bawaan' },
      unorderedList: { label: 'Daftar berpoin' },
      upload: { label: 'Unggahan' },
    },
  },
} as NonNullable<Config['i18n']>['translations']
