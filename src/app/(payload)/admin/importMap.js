import { OtherLanguageTitleCell as OtherLanguageTitleCell_121f0c675e864f6364505e286f569bf5 } from '@/components/admin/OtherLanguageTitle/OtherLanguageTitleCell'
import { TitleFromOtherLanguage as TitleFromOtherLanguage_aa2b55a83fcba66547eff6903f0164b4 } from '@/components/admin/OtherLanguageTitle/TitleFromOtherLanguage'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TranslationStatusCell as TranslationStatusCell_6aae8f06347990b0291d64d373d14ee5 } from '@/components/admin/TranslationStatusCell'
import { TranslationStatusField as TranslationStatusField_760d1260eda71b03951ff51cd03457f6 } from '@/components/admin/TranslationStatusField'
import { ConfirmPublishButton as ConfirmPublishButton_8c82ab2b80dfbf78aed32311529c3803 } from '@/components/admin/ConfirmPublishButton'
import { RupiahHint as RupiahHint_0776ae216bb265d72c6b8e44d15352e7 } from '@/components/admin/RupiahHint'
import { CheckMarkCell as CheckMarkCell_11d8e2e9d564f81a5e1406c6b507e9bc } from '@/components/admin/CheckMarkCell'
import { PromotionStateCell as PromotionStateCell_ca5ad82a51f7f5e46094f1c0c1455a81 } from '@/components/admin/PromotionStateCell'
import { PromotionStateField as PromotionStateField_be9ec5419b5df77cfa843936711f3c0e } from '@/components/admin/PromotionStateField'
import { PromotionStateTabs as PromotionStateTabs_e95cf9aca4c993ff1bbfb2a0299b56a3 } from '@/components/admin/PromotionStateTabs'
import { InquiryTicket as InquiryTicket_450ca53d8e9ce9124fc9e214c54e39e3 } from '@/components/admin/InquiryTicket'
import { DurationField as DurationField_5ce748938ccc85fe0a5aa3cd6535361e } from '@/components/admin/BookingFields'
import { DateField as DateField_5ce748938ccc85fe0a5aa3cd6535361e } from '@/components/admin/BookingFields'
import { TimeField as TimeField_5ce748938ccc85fe0a5aa3cd6535361e } from '@/components/admin/BookingFields'
import { InquiryStatusTabs as InquiryStatusTabs_6dbfdcc610f7d0d565fb1cae15e4f0ad } from '@/components/admin/InquiryStatusTabs'
import { AdminIcon as AdminIcon_c3544fd04a86558fd1f1e4a8d6afed38 } from '@/components/admin/AdminBrand'
import { AdminLogo as AdminLogo_c3544fd04a86558fd1f1e4a8d6afed38 } from '@/components/admin/AdminBrand'
import { Dashboard as Dashboard_0e7b23c75ea046975e1784ba01f82886 } from '@/components/admin/Dashboard'
import { BoardNavLink as BoardNavLink_550ddcb8a08f79bcd37950ab2934dc54 } from '@/components/admin/FrontDesk/BoardNavLink'
import { GuestDataNavLink as GuestDataNavLink_20be30f2bab8bf6d89e8d6d619c0c88b } from '@/components/admin/GuestData/GuestDataNavLink'
import { ContentLanguageMark as ContentLanguageMark_c5158ab646d39c74194766dc8cd9d849 } from '@/components/admin/ContentLanguage/ContentLanguageMark'
import { TodayBoard as TodayBoard_238c3bba8eedd0deab5990ac99755037 } from '@/components/admin/FrontDesk/TodayBoard'
import { GuestDataView as GuestDataView_30e76166c5b22a6959191f363c779116 } from '@/components/admin/GuestData/GuestDataView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/OtherLanguageTitle/OtherLanguageTitleCell#OtherLanguageTitleCell": OtherLanguageTitleCell_121f0c675e864f6364505e286f569bf5,
  "@/components/admin/OtherLanguageTitle/TitleFromOtherLanguage#TitleFromOtherLanguage": TitleFromOtherLanguage_aa2b55a83fcba66547eff6903f0164b4,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/TranslationStatusCell#TranslationStatusCell": TranslationStatusCell_6aae8f06347990b0291d64d373d14ee5,
  "@/components/admin/TranslationStatusField#TranslationStatusField": TranslationStatusField_760d1260eda71b03951ff51cd03457f6,
  "@/components/admin/ConfirmPublishButton#ConfirmPublishButton": ConfirmPublishButton_8c82ab2b80dfbf78aed32311529c3803,
  "@/components/admin/RupiahHint#RupiahHint": RupiahHint_0776ae216bb265d72c6b8e44d15352e7,
  "@/components/admin/CheckMarkCell#CheckMarkCell": CheckMarkCell_11d8e2e9d564f81a5e1406c6b507e9bc,
  "@/components/admin/PromotionStateCell#PromotionStateCell": PromotionStateCell_ca5ad82a51f7f5e46094f1c0c1455a81,
  "@/components/admin/PromotionStateField#PromotionStateField": PromotionStateField_be9ec5419b5df77cfa843936711f3c0e,
  "@/components/admin/PromotionStateTabs#PromotionStateTabs": PromotionStateTabs_e95cf9aca4c993ff1bbfb2a0299b56a3,
  "@/components/admin/InquiryTicket#InquiryTicket": InquiryTicket_450ca53d8e9ce9124fc9e214c54e39e3,
  "@/components/admin/BookingFields#DurationField": DurationField_5ce748938ccc85fe0a5aa3cd6535361e,
  "@/components/admin/BookingFields#DateField": DateField_5ce748938ccc85fe0a5aa3cd6535361e,
  "@/components/admin/BookingFields#TimeField": TimeField_5ce748938ccc85fe0a5aa3cd6535361e,
  "@/components/admin/InquiryStatusTabs#InquiryStatusTabs": InquiryStatusTabs_6dbfdcc610f7d0d565fb1cae15e4f0ad,
  "@/components/admin/AdminBrand#AdminIcon": AdminIcon_c3544fd04a86558fd1f1e4a8d6afed38,
  "@/components/admin/AdminBrand#AdminLogo": AdminLogo_c3544fd04a86558fd1f1e4a8d6afed38,
  "@/components/admin/Dashboard#Dashboard": Dashboard_0e7b23c75ea046975e1784ba01f82886,
  "@/components/admin/FrontDesk/BoardNavLink#BoardNavLink": BoardNavLink_550ddcb8a08f79bcd37950ab2934dc54,
  "@/components/admin/GuestData/GuestDataNavLink#GuestDataNavLink": GuestDataNavLink_20be30f2bab8bf6d89e8d6d619c0c88b,
  "@/components/admin/ContentLanguage/ContentLanguageMark#ContentLanguageMark": ContentLanguageMark_c5158ab646d39c74194766dc8cd9d849,
  "@/components/admin/FrontDesk/TodayBoard#TodayBoard": TodayBoard_238c3bba8eedd0deab5990ac99755037,
  "@/components/admin/GuestData/GuestDataView#GuestDataView": GuestDataView_30e76166c5b22a6959191f363c779116,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
