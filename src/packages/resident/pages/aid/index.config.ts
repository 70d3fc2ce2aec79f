/** Legal-aid pre-application page (法律援助), in the resident subpackage. */
export default definePageConfig({ navigationBarTitleText: '法律援助' });
