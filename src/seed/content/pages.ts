import { richText } from '../lexical'

type Locale = 'en' | 'id'
type Text = Record<Locale, string>

/**
 * A seeded block: the layout is shared by both languages, the words are not. `build` turns the
 * block into its data in one language; `images` and `services` resolve seed keys to ids.
 */
type Refs = { image: (key: string) => string; service: (key: string) => string }
type SeedBlock = (locale: Locale, refs: Refs) => Record<string, unknown>

export type SeedPage = {
  key: 'home' | 'about' | 'privacy' | 'terms'
  title: Text
  slug: Text
  description: Text
  blocks: SeedBlock[]
}

const pick = (text: Text, locale: Locale) => text[locale]

const hero =
  (words: {
    eyebrow: Text
    headline: Text
    text: Text
    highlights?: Text[]
    today?: boolean
    imageKey: string
  }): SeedBlock =>
  (locale, refs) => ({
    blockType: 'hero',
    eyebrow: pick(words.eyebrow, locale),
    headline: pick(words.headline, locale),
    text: pick(words.text, locale),
    image: refs.image(words.imageKey),
    showTodayHours: words.today ?? false,
    actions: [
      {
        link: {
          kind: 'route',
          route: 'services',
          label: pick({ en: 'See services and prices', id: 'Lihat layanan dan harga' }, locale),
        },
      },
      { link: { kind: 'whatsapp', label: null } },
    ],
    highlights: (words.highlights ?? []).map((text) => ({ text: pick(text, locale) })),
  })

const prose =
  (lines: Record<Locale, string[]>): SeedBlock =>
  (locale) => ({ blockType: 'richText', content: richText(...lines[locale]) })

const bookingInvitation: SeedBlock = (locale) => ({
  blockType: 'bookingCta',
  heading: pick({ en: 'Ready to book?', id: 'Siap memesan?' }, locale),
  text: pick(
    {
      en: 'Message us on WhatsApp or send a booking request; we reply within opening hours.',
      id: 'Hubungi kami lewat WhatsApp atau kirim permintaan pemesanan; kami membalas selama jam operasional.',
    },
    locale,
  ),
})

const goodToKnow: SeedBlock = (locale) => ({
  blockType: 'facts',
  heading: pick(
    { en: 'Good to know before you come', id: 'Perlu diketahui sebelum datang' },
    locale,
  ),
  items: [
    {
      kind: 'arrival',
      title: pick({ en: 'Arrival', id: 'Kedatangan' }, locale),
      text: pick(
        {
          en: 'Please arrive about 10 minutes early to change and tell your therapist how you feel today. A late start may shorten your session.',
          id: 'Datanglah sekitar 10 menit lebih awal untuk berganti pakaian dan menceritakan kondisi Anda hari ini kepada terapis. Jika terlambat, sesi Anda bisa menjadi lebih singkat.',
        },
        locale,
      ),
    },
    {
      kind: 'payment',
      title: pick({ en: 'Payment', id: 'Pembayaran' }, locale),
      text: pick(
        {
          en: 'You pay at the spa after your treatment: cash, debit or credit card, or QRIS. Nothing is charged when you book.',
          id: 'Pembayaran di spa setelah perawatan: tunai, kartu debit atau kredit, atau QRIS. Tidak ada biaya saat memesan.',
        },
        locale,
      ),
    },
    {
      kind: 'parking',
      title: pick({ en: 'Parking', id: 'Parkir' }, locale),
      text: pick(
        {
          en: 'Parking is in front of the building on Jl. Senopati; ride-hailing drivers can drop you at the door.',
          id: 'Parkir tersedia di depan gedung di Jl. Senopati; pengemudi ojek atau taksi daring dapat menurunkan Anda tepat di depan pintu.',
        },
        locale,
      ),
    },
    {
      kind: 'cancellation',
      title: pick({ en: 'Changing or cancelling', id: 'Mengubah atau membatalkan' }, locale),
      text: pick(
        {
          en: 'Let us know at least 3 hours before if you need to move or cancel, so another guest can take the time. There is no fee.',
          id: 'Kabari kami paling lambat 3 jam sebelumnya jika perlu mengubah jadwal atau membatalkan, agar waktunya bisa dipakai tamu lain. Tidak ada biaya.',
        },
        locale,
      ),
    },
  ],
})

export const pages: SeedPage[] = [
  {
    key: 'home',
    title: { en: 'Home', id: 'Beranda' },
    slug: { en: 'home', id: 'beranda' },
    description: {
      en: 'Relaxation and therapeutic massage in South Jakarta by certified therapists, with clear prices in rupiah.',
      id: 'Pijat relaksasi dan terapeutik di Jakarta Selatan oleh terapis bersertifikat, dengan harga jelas dalam rupiah.',
    },
    blocks: [
      hero({
        eyebrow: { en: 'Day spa in South Jakarta', id: 'Day spa di Jakarta Selatan' },
        headline: {
          en: 'Massage in Jakarta that fits what your body needs',
          id: 'Pijat di Jakarta yang sesuai dengan kebutuhan tubuh Anda',
        },
        text: {
          en: 'Choose a gentle relaxation massage to unwind, or a focused therapeutic massage for pain and stiffness, from certified therapists in South Jakarta.',
          id: 'Pilih pijat relaksasi yang lembut untuk melepas penat, atau pijat terapeutik yang terfokus untuk nyeri dan rasa kaku, bersama terapis bersertifikat di Jakarta Selatan.',
        },
        highlights: [
          {
            en: 'Certified therapists, including a registered physiotherapist',
            id: 'Terapis bersertifikat, termasuk fisioterapis ber-STR',
          },
          { en: 'Clear prices in rupiah', id: 'Harga jelas dalam rupiah' },
          { en: 'Open every day, times in WIB', id: 'Buka setiap hari, waktu dalam WIB' },
        ],
        today: true,
        imageKey: 'hero',
      }),
      () => ({ blockType: 'offers', style: 'banner' }),
      (locale) => ({
        blockType: 'services',
        heading: pick({ en: 'Popular treatments', id: 'Perawatan favorit' }, locale),
        source: 'featured',
        limit: 6,
      }),
      (locale) => ({
        blockType: 'comparisonTeaser',
        heading: pick(
          { en: 'Relaxation or therapeutic massage?', id: 'Pijat relaksasi atau terapeutik?' },
          locale,
        ),
        intro: pick(
          {
            en: 'Both are good for you, but they do different jobs. Start from what you want to feel after your session.',
            id: 'Keduanya bermanfaat, tetapi tujuannya berbeda. Mulailah dari apa yang ingin Anda rasakan setelah sesi.',
          },
          locale,
        ),
        linkLabel: pick({ en: 'Compare the massage types', id: 'Bandingkan jenis pijat' }, locale),
      }),
      (locale) => ({
        blockType: 'therapists',
        heading: pick({ en: 'Meet our therapists', id: 'Kenali terapis kami' }, locale),
        intro: pick(
          {
            en: 'Every therapeutic treatment is given by a therapist with a recognised licence or competency certificate.',
            id: 'Setiap perawatan terapeutik ditangani terapis yang memiliki lisensi atau sertifikat kompetensi yang diakui.',
          },
          locale,
        ),
        limit: 4,
        linkLabel: pick({ en: 'All therapists', id: 'Semua terapis' }, locale),
      }),
      bookingInvitation,
    ],
  },
  {
    key: 'about',
    title: { en: 'About Ame Spa', id: 'Tentang Ame Spa' },
    slug: { en: 'about', id: 'tentang-kami' },
    description: {
      en: 'Who we are: a calm day spa in Kebayoran Baru with relaxation and therapeutic massage by certified therapists.',
      id: 'Tentang kami: day spa yang tenang di Kebayoran Baru dengan pijat relaksasi dan terapeutik oleh terapis bersertifikat.',
    },
    blocks: [
      hero({
        eyebrow: { en: 'About us', id: 'Tentang kami' },
        headline: {
          en: 'A quiet place in Senopati for two kinds of massage',
          id: 'Tempat yang tenang di Senopati untuk dua jenis pijat',
        },
        text: {
          en: 'Some guests come to switch off after a long week; others come because a shoulder or lower back has been bothering them. We built Ame Spa for both.',
          id: 'Sebagian tamu datang untuk melepas penat setelah minggu yang panjang; sebagian lagi karena bahu atau punggung bawah terasa mengganggu. Ame Spa kami bangun untuk keduanya.',
        },
        imageKey: 'relaxation',
      }),
      (locale, refs) => ({
        blockType: 'mediaText',
        heading: pick(
          {
            en: 'Relaxation and therapy, kept apart',
            id: 'Relaksasi dan terapi, dibedakan dengan jelas',
          },
          locale,
        ),
        text: richText(
          ...{
            en: [
              'Relaxation massage uses long, gliding strokes with light to medium pressure. It calms the nervous system and may help with stress and sleep.',
              'Therapeutic massage works on specific muscles and connective tissue with firmer, focused techniques. It may help with pain, stiffness and recovery after exercise.',
              'Your therapist asks what you need before every session and adjusts the pressure with you. If something is not right for you today — pregnancy, a recent injury, a fever — we will say so and suggest what is.',
            ],
            id: [
              'Pijat relaksasi memakai gerakan panjang dan mengalir dengan tekanan ringan hingga sedang. Pijat ini menenangkan sistem saraf dan dapat membantu meredakan stres serta memperbaiki kualitas tidur.',
              'Pijat terapeutik menyasar otot dan jaringan ikat tertentu dengan teknik yang lebih kuat dan terfokus. Pijat ini dapat membantu mengurangi nyeri, rasa kaku, dan mempercepat pemulihan setelah berolahraga.',
              'Sebelum setiap sesi, terapis menanyakan kebutuhan Anda dan menyesuaikan tekanan bersama Anda. Jika ada yang kurang sesuai hari ini — kehamilan, cedera baru, atau demam — kami akan menyampaikannya dan menyarankan pilihan yang tepat.',
            ],
          }[locale],
        ),
        image: refs.image('therapeutic'),
        imageSide: 'end',
      }),
      (locale) => ({
        blockType: 'therapists',
        heading: pick(
          { en: 'The people who will look after you', id: 'Terapis yang akan menangani Anda' },
          locale,
        ),
        limit: 4,
        linkLabel: pick({ en: 'All therapists', id: 'Semua terapis' }, locale),
      }),
      goodToKnow,
      bookingInvitation,
    ],
  },
  {
    key: 'privacy',
    title: { en: 'Privacy notice', id: 'Pemberitahuan privasi' },
    slug: { en: 'privacy', id: 'privasi' },
    description: {
      en: 'What Ame Spa collects when you book, why, how long we keep it, who sees it, and how to ask for a copy or deletion.',
      id: 'Data yang dikumpulkan Ame Spa saat Anda memesan, tujuannya, berapa lama disimpan, siapa yang melihatnya, dan cara meminta salinan atau penghapusan.',
    },
    blocks: [
      prose({
        en: [
          'This notice explains how Ame Spa handles your personal data, as Indonesia’s Personal Data Protection Law (UU PDP, Law No. 27 of 2022) requires.',
          '## What we collect',
          'When you send a booking request we receive your name, your phone or WhatsApp number, your email address if you give one, the treatment, day and time you chose, a promo code if you used one, and your message if you write one.',
          'The message is optional. If you tell us about an injury, a pregnancy or medication, that is health information: tell us only what your therapist needs to know to treat you safely.',
          '## Why',
          'We use these details only to answer your request, arrange and confirm your appointment, and contact you about it. We do not use them for advertising and we do not sell or share them with anyone outside the spa.',
          '## Who sees it',
          'Our front-desk staff, who answer booking requests, and the spa’s administrator. Editors and marketing staff who update this website cannot see your details. Each time a member of staff opens, exports or erases your details, it is recorded.',
          '## How long we keep it',
          'We keep your name, phone number, email and message for 365 days after the day of your appointment, then erase them automatically; what stays is only the date, treatment, price and status of the booking, for our statistics, without anything that identifies you. Copies of the emails we sent you are erased at the same time. Our backups are kept no longer than the same period, so erased details disappear from them too within it. If you ask us to delete your details sooner, we do (see below).',
          '## Your rights',
          'You may ask for a copy of the data we hold about you, ask us to correct it, or ask us to delete it. Send us a WhatsApp message, call the spa, or write to hello@amespa.example from the phone number or email address you used; we answer within 3 × 24 hours.',
          '## No tracking',
          'This website sets no advertising or analytics cookies and loads nothing from other companies’ servers. Staff signing in to the admin use a cookie that keeps them logged in.',
        ],
        id: [
          'Pemberitahuan ini menjelaskan cara Ame Spa menangani data pribadi Anda, sesuai Undang-Undang Pelindungan Data Pribadi (UU PDP, UU No. 27 Tahun 2022).',
          '## Data yang kami kumpulkan',
          'Saat Anda mengirim permintaan pemesanan, kami menerima nama, nomor telepon atau WhatsApp, alamat email jika Anda mengisinya, perawatan, hari dan jam yang Anda pilih, kode promo jika dipakai, serta pesan Anda jika Anda menulisnya.',
          'Pesan bersifat opsional. Jika Anda menyebutkan cedera, kehamilan, atau obat yang sedang dikonsumsi, itu adalah data kesehatan: sampaikan hanya hal yang perlu diketahui terapis agar dapat menangani Anda dengan aman.',
          '## Tujuannya',
          'Data ini hanya kami pakai untuk menjawab permintaan Anda, mengatur dan mengonfirmasi janji temu, serta menghubungi Anda tentang janji tersebut. Kami tidak memakainya untuk iklan dan tidak menjual atau membagikannya kepada pihak di luar spa.',
          '## Siapa yang dapat melihatnya',
          'Staf resepsionis yang menjawab permintaan pemesanan, serta administrator spa. Editor dan staf pemasaran yang memperbarui situs ini tidak dapat melihat data Anda. Setiap kali staf membuka, mengekspor, atau menghapus data Anda, hal itu dicatat.',
          '## Berapa lama kami menyimpannya',
          'Nama, nomor telepon, email, dan pesan Anda kami simpan selama 365 hari setelah tanggal janji Anda, lalu terhapus secara otomatis; yang tersisa hanya tanggal, perawatan, harga, dan status pemesanan untuk statistik kami, tanpa apa pun yang dapat mengenali Anda. Salinan email yang kami kirim kepada Anda ikut dihapus pada saat yang sama. Cadangan data kami tidak disimpan lebih lama dari masa yang sama, sehingga data yang sudah dihapus juga hilang dari cadangan dalam masa tersebut. Jika Anda meminta data dihapus lebih cepat, kami menghapusnya (lihat di bawah).',
          '## Hak Anda',
          'Anda dapat meminta salinan data yang kami simpan tentang Anda, meminta kami memperbaikinya, atau meminta kami menghapusnya. Kirim pesan WhatsApp, telepon spa, atau tulis ke hello@amespa.example dari nomor telepon atau alamat email yang Anda pakai; kami menjawab dalam 3 × 24 jam.',
          '## Tanpa pelacakan',
          'Situs ini tidak memasang cookie iklan atau analitik dan tidak memuat apa pun dari server perusahaan lain. Staf yang masuk ke panel admin memakai cookie agar tetap masuk.',
        ],
      }),
    ],
  },
  {
    key: 'terms',
    title: { en: 'Terms and cancellation', id: 'Ketentuan dan pembatalan' },
    slug: { en: 'terms', id: 'ketentuan' },
    description: {
      en: 'How booking at Ame Spa works: requests and confirmation, arrival, payment, changes, cancellation and your health.',
      id: 'Cara memesan di Ame Spa: permintaan dan konfirmasi, kedatangan, pembayaran, perubahan, pembatalan, dan kesehatan Anda.',
    },
    blocks: [
      prose({
        en: [
          '## Booking',
          'A booking request is not yet a booking. Our front desk confirms it by WhatsApp or phone, usually within 30 minutes during opening hours. Times on the site are Jakarta time (WIB).',
          '## Prices and payment',
          'Prices are shown in rupiah per session. You pay at the spa after your treatment, by cash, debit or credit card, or QRIS. An offer’s price applies only during the offer’s dates and to the treatments it names.',
          '## Changes and cancellation',
          'Please tell us at least 3 hours before your appointment if you need to move or cancel it. There is no fee. If you are more than 15 minutes late, we may need to shorten your session so the next guest is not kept waiting; the price stays the same.',
          '## Your health',
          'Massage is not a substitute for medical care. Tell your therapist if you are pregnant, injured, recovering from surgery or have a medical condition; for some conditions we will ask you to check with your doctor first, or suggest a different treatment.',
        ],
        id: [
          '## Pemesanan',
          'Permintaan pemesanan belum berarti pemesanan pasti. Resepsionis kami akan mengonfirmasinya lewat WhatsApp atau telepon, biasanya dalam 30 menit selama jam operasional. Semua waktu di situs ini adalah waktu Jakarta (WIB).',
          '## Harga dan pembayaran',
          'Harga tercantum dalam rupiah per sesi. Pembayaran dilakukan di spa setelah perawatan, secara tunai, kartu debit atau kredit, atau QRIS. Harga promo hanya berlaku selama periode promo dan untuk perawatan yang disebutkan.',
          '## Perubahan dan pembatalan',
          'Kabari kami paling lambat 3 jam sebelum janji temu jika Anda perlu mengubah jadwal atau membatalkan. Tidak ada biaya. Jika Anda terlambat lebih dari 15 menit, sesi mungkin perlu dipersingkat agar tamu berikutnya tidak menunggu; harganya tetap sama.',
          '## Kesehatan Anda',
          'Pijat bukan pengganti perawatan medis. Beri tahu terapis jika Anda sedang hamil, cedera, baru menjalani operasi, atau memiliki kondisi medis; untuk kondisi tertentu kami akan meminta Anda berkonsultasi dengan dokter terlebih dahulu, atau menyarankan perawatan lain.',
        ],
      }),
      goodToKnow,
    ],
  },
]
